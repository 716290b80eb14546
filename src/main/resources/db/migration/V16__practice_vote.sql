-- Sessions as boards really run them (issue #15, points 1, 2, 7, 8). Portable SQL: PostgreSQL and H2.

-- The agenda as the chair approved it gains, per item: how it is voted (TALLY, ROLL_CALL, SECRET; null: the
-- session's vote mode), the resolution a CORRECTION corrects, and whether the state controller gives an opinion
-- (always for a BUDGET).
alter table agenda_item add column vote_mode varchar(20);
alter table agenda_item add column corrects varchar(50);
alter table agenda_item add column controller_opinion_requested boolean default false not null;

-- Members who left or arrived before an item (Task_DeclareInterests): the item's attendance is the session's,
-- changed by the movements declared on this item and on every earlier one, in agenda order.
create table item_attendance_change (
  session_key   varchar(40)   not null,
  item_index    integer       not null,
  member_id     varchar(64)   not null,
  movement      varchar(10)   not null,
  declared_at   timestamp     not null,
  primary key (session_key, item_index, member_id),
  constraint ck_item_attendance_movement check (movement in ('DEPARTURE', 'ARRIVAL'))
);

-- A secret ballot keeps who voted and the ballots without names, never the link between them. Who holds a ballot
-- and whether he has voted (the mandate, for the quorum and to refuse a second ballot):
create table secret_ballot_holder (
  session_key   varchar(40)   not null,
  item_index    integer       not null,
  vote_round    integer       not null,
  mandate_id    varchar(64)   not null,
  voter_id      varchar(64)   not null,
  on_behalf_of  varchar(64),
  has_voted     boolean       default false not null,
  primary key (session_key, item_index, vote_round, mandate_id)
);
-- The ballot box: one counter per choice, nothing else (no row per ballot, no time, no id that orders). The count
-- rewrites every holder row and every counter of the round in its own transaction, so that no row keeps the
-- transaction of one voter's ballot (PostgreSQL's xmin) once the count is published.
create table secret_ballot_box (
  session_key   varchar(40)   not null,
  item_index    integer       not null,
  vote_round    integer       not null,
  choice        varchar(10)   not null,
  ballots       integer       default 0 not null,
  primary key (session_key, item_index, vote_round, choice),
  constraint ck_secret_ballot_choice check (choice in ('FOR', 'AGAINST', 'ABSTAIN')),
  constraint ck_secret_ballot_count check (ballots >= 0)
);

-- The state controller's presence at the session and his remarks, recorded with the attendance
-- (Task_RecordAttendance): the minutes say whether he attended, and what he said, from here.
alter table board_session add column controller_present boolean;
alter table board_session add column controller_remarks text;
