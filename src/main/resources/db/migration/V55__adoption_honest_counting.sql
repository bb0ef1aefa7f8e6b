-- Honest figures: a step saves only when it succeeded (savedWhen), once per business key where the
-- model says so, and an invoice is "without human touch" only when an automatic decision was recorded.

alter table adoption_model add column once_per_business_key boolean default false not null;
alter table adoption_model add column decision_activity varchar(255);
alter table adoption_model add column decision_variable varchar(255);

alter table adoption_activity add column saved_when varchar(255);

-- Steps that saved nothing stay in the ledger with the reason, so the drill-down can show them.
alter table adoption_time_saved add column business_key varchar(255);
alter table adoption_time_saved add column counted boolean default true not null;
alter table adoption_time_saved add column not_counted_reason varchar(40);
create index adoption_time_saved_key on adoption_time_saved (process_key, business_key, activity_id);

alter table adoption_process_run add column business_key varchar(255);
alter table adoption_process_run add column automatic_decision boolean default false not null;
-- from the first instance of the same business key to this instance's end
alter table adoption_process_run add column lead_seconds bigint;
