-- The record cannot be forged (issue #12): PostgreSQL itself refuses to change or delete what is registered, whoever
-- connects (the application, a psql session, a script). PostgreSQL only (db/vendor/postgresql, chosen by
-- spring.flyway.locations); the demo's H2 database has no such triggers (db/vendor/h2).
--
-- The only changes the product makes, and the only ones allowed:
--   resolution  superseded_by, from null to the number of the correcting resolution (ResolutionRegister.supersede)
--   vote        vote and cast_at, from null to the voter's choice and its time, once (VoteBook.cast)
--   document    (DocumentStore) approved_by/approved_at (signed, approved), board_approval/board_approved_at (the
--               minutes approved by the next session), published_at (a press release published): each from null to
--               a value, once; review_remarks only while the version is not approved (the chair may return the
--               same version twice). Everything else, the content first, never changes.
-- No row of these tables is ever deleted (nor the tables truncated). A refusal is SQLSTATE 23514
-- (check_violation), with a message that names the row and what is allowed.
--
-- Each check compares the whole row (to_jsonb) minus the columns allowed to change, so a column added later is
-- protected without touching these functions.

create function majlis_resolution_is_registered() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'resolution % is registered and cannot be deleted: the register is append-only', old.number
      using errcode = 'check_violation';
  end if;
  if old.superseded_by is null and new.superseded_by is not null
      and (to_jsonb(new) - 'superseded_by') = (to_jsonb(old) - 'superseded_by') then
    return new;
  end if;
  raise exception 'resolution % is registered and cannot be changed: a correction is a new resolution that supersedes it (superseded_by is set once)', old.number
    using errcode = 'check_violation';
end;
$$;

create function majlis_vote_is_cast() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'ballot % of % item % round % cannot be deleted: the votes are append-only', old.mandate_id,
      old.session_key, old.item_index, old.vote_round using errcode = 'check_violation';
  end if;
  if old.vote is null and new.vote is not null and old.cast_at is null and new.cast_at is not null
      and (to_jsonb(new) - 'vote' - 'cast_at') = (to_jsonb(old) - 'vote' - 'cast_at') then
    return new;
  end if;
  raise exception 'ballot % of % item % round % cannot be changed: a vote is cast once, on a ballot not yet cast',
    old.mandate_id, old.session_key, old.item_index, old.vote_round using errcode = 'check_violation';
end;
$$;

create function majlis_document_is_kept() returns trigger language plpgsql as $$
declare
  set_once text[] := array['approved_by', 'approved_at', 'board_approval', 'board_approved_at', 'published_at'];
  o jsonb;
  n jsonb;
  c text;
begin
  if tg_op = 'DELETE' then
    raise exception 'document % (% % version %) cannot be deleted: a stored version is kept for good', old.id,
      old.kind, old.session_key, old.version using errcode = 'check_violation';
  end if;
  o := to_jsonb(old);
  n := to_jsonb(new);
  if (n - set_once - 'review_remarks') <> (o - set_once - 'review_remarks') then
    raise exception 'document % (% % version %) cannot be changed: a redraft is a new version', old.id, old.kind,
      old.session_key, old.version using errcode = 'check_violation';
  end if;
  foreach c in array set_once loop
    if o -> c <> 'null'::jsonb and n -> c is distinct from o -> c then
      raise exception 'document % (% % version %): % is recorded once and cannot be changed', old.id, old.kind,
        old.session_key, old.version, c using errcode = 'check_violation';
    end if;
  end loop;
  if old.approved_at is not null and new.review_remarks is distinct from old.review_remarks then
    raise exception 'document % (% % version %) is approved: its review remarks cannot be changed', old.id, old.kind,
      old.session_key, old.version using errcode = 'check_violation';
  end if;
  return new;
end;
$$;

create function majlis_refuse_truncate() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only and cannot be truncated', tg_table_name using errcode = 'check_violation';
end;
$$;

create trigger majlis_resolution_append_only before update or delete on resolution
  for each row execute function majlis_resolution_is_registered();
create trigger majlis_resolution_no_truncate before truncate on resolution
  for each statement execute function majlis_refuse_truncate();

create trigger majlis_vote_append_only before update or delete on vote
  for each row execute function majlis_vote_is_cast();
create trigger majlis_vote_no_truncate before truncate on vote
  for each statement execute function majlis_refuse_truncate();

create trigger majlis_document_append_only before update or delete on document
  for each row execute function majlis_document_is_kept();
create trigger majlis_document_no_truncate before truncate on document
  for each statement execute function majlis_refuse_truncate();
