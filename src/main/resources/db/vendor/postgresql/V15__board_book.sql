-- The board book (issue #14): the files attached to a session's agenda items, and who read what. The bytes are kept
-- in the database with their SHA-256, so the database's backup is the book's. Both tables are append-only: a file
-- with the same name on the same item is a new version (earlier versions stay), and the access log is a record.
-- PostgreSQL (db/vendor/postgresql); db/vendor/h2/V15__board_book.sql has the same tables without the triggers.

create table board_file (
  id           bigserial     primary key,
  session_key  varchar(40)   not null references board_session (business_key),
  item_index   integer       not null,
  name         varchar(255)  not null,
  version      integer       not null,
  media_type   varchar(100)  not null,
  size         bigint        not null,
  sha256       char(64)      not null,
  content      bytea         not null,
  uploaded_by  varchar(64)   not null,
  uploaded_at  timestamp     not null,
  unique (session_key, item_index, name, version)
);

create table board_book_access (
  id           bigserial     primary key,
  session_key  varchar(40)   not null references board_session (business_key),
  user_id      varchar(64)   not null,
  what         varchar(10)   not null,
  file_id      bigint        references board_file (id),
  item_index   integer,
  name         varchar(255),
  version      integer,
  accessed_at  timestamp     not null
);
create index board_book_access_session on board_book_access (session_key, id);

create function majlis_board_book_is_kept() returns trigger language plpgsql as $$
begin
  raise exception '% of % row % refused: the board book is append-only, every version and every access is kept',
    tg_op, tg_table_name, old.id using errcode = 'check_violation';
end;
$$;

create trigger majlis_board_file_append_only before update or delete on board_file
  for each row execute function majlis_board_book_is_kept();
create trigger majlis_board_file_no_truncate before truncate on board_file
  for each statement execute function majlis_refuse_truncate();
create trigger majlis_board_book_access_append_only before update or delete on board_book_access
  for each row execute function majlis_board_book_is_kept();
create trigger majlis_board_book_access_no_truncate before truncate on board_book_access
  for each statement execute function majlis_refuse_truncate();
