-- DATEV export runs: each run takes every posted booking no run has taken yet. A run is kept with
-- the bookings it took, so the same file can be downloaded again, byte for byte (its SHA-256 is kept).
create table datev_export_run (
    id             uuid primary key,
    number         integer      not null unique,
    created_at     timestamp with time zone not null,
    created_by     varchar(100) not null,
    booking_count  integer      not null,
    sha256         varchar(64)  not null
);

create table datev_export_booking (
    booking_id  uuid primary key references booking (id),
    run_id      uuid not null references datev_export_run (id)
);
create index datev_export_booking_run on datev_export_booking (run_id);
