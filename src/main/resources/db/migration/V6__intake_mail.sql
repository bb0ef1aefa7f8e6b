-- Mails read from the invoice mailbox: what came of each, so a mail is never imported twice and
-- a mail without a usable attachment is reported. Runs on H2 and PostgreSQL.
create table intake_mail (
    id              uuid primary key,
    message_key     varchar(1000) not null,
    sender          varchar(500),
    subject         varchar(1000),
    sent_at         timestamp with time zone,
    processed_at    timestamp with time zone not null,
    outcome         varchar(20)   not null,
    invoices        integer       not null,
    note            varchar(4000)
);
create index intake_mail_message_key on intake_mail (message_key);
create index intake_mail_processed_at on intake_mail (processed_at);
