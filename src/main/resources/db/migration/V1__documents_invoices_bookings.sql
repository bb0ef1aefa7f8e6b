-- kmu-flow's own tables (the process engine keeps its own schema). Runs on H2 and PostgreSQL.

-- Originals as received: immutable, addressed by their SHA-256, never deleted (GoBD).
create table document (
    id              uuid primary key,
    sha256          varchar(64)   not null unique,
    size_bytes      bigint        not null,
    media_type      varchar(100)  not null,
    original_name   varchar(255),
    source          varchar(20)   not null,
    origin          varchar(500),
    received_by     varchar(100),
    received_at     timestamp with time zone not null
);

create table supplier (
    id                      uuid primary key,
    name                    varchar(255) not null,
    vat_id                  varchar(50),
    tax_number              varchar(50),
    iban                    varchar(50),
    creditor_account        varchar(10)  not null,
    expense_account         varchar(10),
    created_at              timestamp with time zone not null
);
create index supplier_vat_id on supplier (vat_id);
create index supplier_iban on supplier (iban);

create table invoice (
    id                          uuid primary key,
    document_id                 uuid          not null references document (id),
    status                      varchar(20)   not null,
    kind                        varchar(20),
    document_type_code          varchar(10),
    invoice_number              varchar(100),
    issue_date                  date,
    due_date                    date,
    delivery_date               date,
    currency                    varchar(3),
    seller_name                 varchar(255),
    seller_address              varchar(500),
    seller_vat_id               varchar(50),
    seller_tax_number           varchar(50),
    seller_iban                 varchar(50),
    seller_bic                  varchar(20),
    buyer_name                  varchar(255),
    buyer_reference             varchar(100),
    purchase_order_reference    varchar(100),
    net_total                   numeric(15, 2),
    tax_total                   numeric(15, 2),
    gross_total                 numeric(15, 2),
    payable_amount              numeric(15, 2),
    cash_discount_percent       numeric(5, 2),
    cash_discount_due_date      date,
    category                    varchar(50)   not null,
    cost_centre                 varchar(20),
    expense_account             varchar(10),
    supplier_id                 uuid references supplier (id),
    extraction                  varchar(1000000),
    findings                    varchar(1000000),
    extraction_error            varchar(2000),
    duplicate_of                uuid,
    uploaded_by                 varchar(100),
    reviewed_by                 varchar(100),
    approved_by                 varchar(100),
    rejection_reason            varchar(2000),
    process_instance_id         varchar(64),
    created_at                  timestamp with time zone not null,
    updated_at                  timestamp with time zone not null,
    version                     integer       not null
);
create index invoice_document on invoice (document_id);
create index invoice_status on invoice (status);
create index invoice_seller_number on invoice (seller_vat_id, invoice_number);

-- Every change to an invoice's data: who, when, old -> new (GoBD traceability).
create table invoice_change (
    id              uuid primary key,
    invoice_id      uuid          not null references invoice (id),
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100)  not null,
    field           varchar(50)   not null,
    old_value       varchar(2000),
    new_value       varchar(2000)
);
create index invoice_change_invoice on invoice_change (invoice_id);

-- The booking record written when an invoice is posted; the DATEV export reads these.
create table booking (
    id                      uuid primary key,
    invoice_id              uuid          not null unique references invoice (id),
    supplier_name           varchar(255)  not null,
    creditor_account        varchar(10)   not null,
    expense_account         varchar(10)   not null,
    cost_centre             varchar(20),
    tax_key                 varchar(4),
    amount                  numeric(15, 2) not null,
    currency                varchar(3)    not null,
    invoice_number          varchar(100),
    invoice_date            date          not null,
    due_date                date,
    cash_discount_percent   numeric(5, 2),
    cash_discount_due_date  date,
    booking_text            varchar(60),
    archived                boolean       not null,
    posted_at               timestamp with time zone not null,
    posted_by               varchar(100)
);
create index booking_invoice_date on booking (invoice_date);
