-- Originals' bytes in the database, for several nodes on one database (kmuflow.documents.store=database).
-- Addressed by their SHA-256 like the files of the one-node store; written once, never changed.
create table document_content (
    sha256      varchar(64)   primary key,
    content     bytea         not null,
    stored_at   timestamp with time zone not null
);
