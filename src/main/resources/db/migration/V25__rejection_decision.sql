-- The chair's decision on a rejected round (Task_DecideOnRejection): amend and vote again, defer to the next session,
-- or close; who and when. Written by his completion on the round's count; the deferral's job reads it here, not from
-- the variables that route the process.
-- Portable SQL: PostgreSQL and H2.
alter table item_count add column rejection_decision varchar(20);
alter table item_count add column rejection_decided_by varchar(64);
alter table item_count add column rejection_decided_at timestamp;
