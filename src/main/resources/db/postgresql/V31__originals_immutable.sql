-- GoBD: originals and their records are never changed or deleted, not even by the application's own
-- role (which owns these tables and could otherwise revoke nothing from itself).
create function refuse_change_of_original() returns trigger language plpgsql as $$
begin
    raise exception 'Originale sind unveränderlich: % auf % ist nicht erlaubt (GoBD)', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger document_content_immutable before update or delete on document_content
    for each row execute function refuse_change_of_original();
create trigger document_immutable before update or delete on document
    for each row execute function refuse_change_of_original();
create trigger document_content_not_truncated before truncate on document_content
    for each statement execute function refuse_change_of_original();
create trigger document_not_truncated before truncate on document
    for each statement execute function refuse_change_of_original();
