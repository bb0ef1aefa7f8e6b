-- Changes of an item's master data (price, supplier, reorder figures, ...): who changed what, when, from what to what.

create table item_change (
    id                  uuid primary key,
    sku                 varchar(64)   not null references item (sku),
    field               varchar(40)   not null,
    old_value           varchar(500),
    new_value           varchar(500),
    changed_by          varchar(100)  not null,
    changed_at          timestamp with time zone not null
);
create index item_change_sku on item_change (sku, changed_at);
