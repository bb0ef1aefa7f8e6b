-- who may approve an invoice, as the decision table named it when the approval was opened
alter table invoice add column approver_groups varchar(500);
