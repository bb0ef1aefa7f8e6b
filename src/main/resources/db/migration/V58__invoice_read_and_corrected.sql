-- The invoice = what was read + corrections. The extraction (invoice.extraction, JSON) stays as the
-- reader returned it; every value a person changes afterwards is one row here. The current invoice
-- is the read values with these rows applied in order; they are also its audit trail (GoBD).
create table invoice_correction (
    id              uuid primary key,
    invoice_id      uuid          not null references invoice (id),
    field           varchar(50)   not null,
    old_value       varchar(2000),
    new_value       varchar(2000),
    corrected_by    varchar(100)  not null,
    corrected_at    timestamp with time zone not null,
    reason          varchar(2000)
);
create index invoice_correction_invoice on invoice_correction (invoice_id, corrected_at);

-- The corrections recorded so far were lines of the change log: they move here, unchanged. The
-- change log keeps the life cycle (status, extraction, approval, rejection).
insert into invoice_correction (id, invoice_id, field, old_value, new_value, corrected_by, corrected_at, reason)
select id, invoice_id, field, old_value, new_value, changed_by, changed_at, null
from invoice_change
where field in ('invoiceNumber', 'issueDate', 'dueDate', 'deliveryDate', 'currency', 'sellerName', 'sellerAddress', 'sellerVatId', 'sellerTaxNumber', 'sellerIban', 'buyerName', 'purchaseOrderReference', 'netTotal', 'taxTotal', 'grossTotal', 'invoiceCategory', 'costCentre');

delete from invoice_change
where field in ('invoiceNumber', 'issueDate', 'dueDate', 'deliveryDate', 'currency', 'sellerName', 'sellerAddress', 'sellerVatId', 'sellerTaxNumber', 'sellerIban', 'buyerName', 'purchaseOrderReference', 'netTotal', 'taxTotal', 'grossTotal', 'invoiceCategory', 'costCentre');

-- Values no query needs live only in the extraction and its corrections now. Kept as columns,
-- refreshed from the current invoice: what lists, searches, the duplicate and supplier look-ups and
-- the approval routing ask for (number, dates, supplier, order, gross total, currency, category).
alter table invoice drop column document_type_code;
alter table invoice drop column delivery_date;
alter table invoice drop column seller_address;
alter table invoice drop column seller_tax_number;
alter table invoice drop column seller_bic;
alter table invoice drop column buyer_name;
alter table invoice drop column buyer_reference;
alter table invoice drop column net_total;
alter table invoice drop column tax_total;
alter table invoice drop column payable_amount;
alter table invoice drop column cash_discount_percent;
alter table invoice drop column cash_discount_due_date;
alter table invoice drop column cost_centre;
