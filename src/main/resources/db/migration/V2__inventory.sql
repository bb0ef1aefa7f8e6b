-- Items, their stock movements, purchase orders and goods receipts.

create table item (
    sku                 varchar(64)   primary key,
    name                varchar(255)  not null,
    unit                varchar(20)   not null,
    on_hand             numeric(15, 3) not null,
    reorder_point       numeric(15, 3) not null,
    reorder_quantity    numeric(15, 3) not null,
    max_level           numeric(15, 3),
    supplier_name       varchar(255),
    supplier_email      varchar(255),
    unit_price          numeric(15, 4) not null,
    lead_time_days      integer       not null,
    version             integer       not null
);

-- Every change of stock, signed: on hand always equals the sum of an item's movements.
create table stock_movement (
    id                  uuid primary key,
    sku                 varchar(64)   not null references item (sku),
    quantity            numeric(15, 3) not null,
    type                varchar(20)   not null,
    reason              varchar(500),
    purchase_order_id   uuid,
    on_hand_after       numeric(15, 3) not null,
    created_by          varchar(100)  not null,
    created_at          timestamp with time zone not null
);
create index stock_movement_sku on stock_movement (sku, created_at);

create table purchase_order (
    id                  uuid primary key,
    number              varchar(30)   not null unique,
    supplier_name       varchar(255)  not null,
    supplier_email      varchar(255),
    status              varchar(30)   not null,
    created_at          timestamp with time zone not null,
    approved_by         varchar(100),
    sent_at             timestamp with time zone,
    expected_by         date,
    version             integer       not null
);
create index purchase_order_supplier_status on purchase_order (supplier_name, status);

create table purchase_order_line (
    id                  uuid primary key,
    purchase_order_id   uuid          not null references purchase_order (id),
    sku                 varchar(64)   not null references item (sku),
    quantity            numeric(15, 3) not null,
    received_quantity   numeric(15, 3) not null,
    unit_price          numeric(15, 4) not null,
    process_instance_id varchar(64)
);
create index purchase_order_line_sku on purchase_order_line (sku);
