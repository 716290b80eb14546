-- The record cannot be forged (issue #12): who and what a session is about is written once, by the step that
-- establishes it, into these tables; every later step, the minutes and the read API read it here, never from a
-- process variable (a variable may stay as a copy that routes a token, e.g. a task's assignee).
-- Portable SQL: PostgreSQL and H2.

-- The chair of the session's body when the convocations went out (the member of board-chair for the board, the
-- appointed chair for a committee), and the day replies close (ServiceTask_SendConvocations).
alter table board_session add column chair_id varchar(64);
alter table board_session add column reply_deadline timestamp;

-- The voting members convened, per convocation round (ServiceTask_SendConvocations): who replies, who is in the
-- attendance, who gets the signed minutes.
create table session_member (
  session_key       varchar(40)  not null references board_session (business_key),
  convocation_round integer      not null,
  member_id         varchar(64)  not null,
  primary key (session_key, convocation_round, member_id)
);

-- The agenda as the chair approved it with the convocation (Task_ApproveConvocation), in its order.
create table agenda_item (
  session_key   varchar(40)   not null references board_session (business_key),
  item_index    integer       not null,
  title         varchar(500)  not null,
  kind          varchar(20)   not null,
  subject       varchar(30),
  rapporteur    varchar(200),
  approved_at   timestamp     not null,
  primary key (session_key, item_index)
);

-- The members recused on a deliberation item (Task_DeclareInterests): a Json array of member ids.
create table item_recusals (
  session_key   varchar(40)   not null,
  item_index    integer       not null,
  recusals      text          not null,
  declared_at   timestamp     not null,
  primary key (session_key, item_index)
);

-- The debate of each vote round of an item (Task_RecordDebate): its summary and the text put to the vote.
create table item_debate (
  session_key      varchar(40)   not null,
  item_index       integer       not null,
  vote_round       integer       not null,
  debate_summary   text          not null,
  resolution_text  text          not null,
  recorded_at      timestamp     not null,
  primary key (session_key, item_index, vote_round)
);
