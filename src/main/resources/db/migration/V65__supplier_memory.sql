-- Supplier memory: what clerks' corrections taught about how each supplier prints its invoices.
-- A supplier is recognised by VAT ID, else IBAN, else name; one rule per supplier and field.

create table supplier_memory (
    id              uuid primary key,
    name            varchar(255),
    vat_id          varchar(50),
    iban            varchar(50),
    created_at      timestamp with time zone not null,
    -- a VAT ID names one supplier: two nodes learning of a new one at once do not both create it
    constraint supplier_memory_vat_id unique (vat_id)
);
create index supplier_memory_iban on supplier_memory (iban);

create table supplier_memory_rule (
    id                  uuid primary key,
    supplier_memory_id  uuid          not null references supplier_memory (id) on delete cascade,
    field               varchar(40)   not null,
    placement           varchar(20)   not null,
    label               varchar(200),
    value_format        varchar(60),
    page                integer       not null,
    top_ratio           double precision not null,
    left_ratio          double precision not null,
    learned_value       varchar(1000),
    learned_from        uuid,
    learned_by          varchar(100)  not null,
    learned_at          timestamp with time zone not null,
    applied_count       integer       not null,
    missed_count        integer       not null,
    constraint supplier_memory_rule_field unique (supplier_memory_id, field)
);
