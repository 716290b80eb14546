-- What a session records between its request and its close.

-- The dossier of each deliberation item, prepared by general management before the convocation.
create table item_dossier (
  session_key             varchar(40)   not null references board_session (business_key),
  item_index              integer       not null,
  subject                 varchar(30)   not null,
  draft_resolution        text          not null,
  document_ref            varchar(300),
  payload                 text,
  controller_opinion      varchar(20),
  controller_opinion_text text,
  prepared_at             timestamp     not null,
  primary key (session_key, item_index)
);

-- Each member's reply to a convocation (one per member and convocation round).
create table attendance_reply (
  session_key       varchar(40)  not null references board_session (business_key),
  convocation_round integer      not null,
  member_id         varchar(64)  not null,
  reply             varchar(10)  not null,
  proxy_holder      varchar(64),
  replied_at        timestamp    not null,
  primary key (session_key, convocation_round, member_id)
);

-- The attendance the secretariat records on the day (one per member and round).
create table session_attendance (
  session_key       varchar(40)  not null references board_session (business_key),
  convocation_round integer      not null,
  member_id         varchar(64)  not null,
  status            varchar(12)  not null,
  proxy_holder      varchar(64),
  primary key (session_key, convocation_round, member_id)
);

alter table board_session add column convocation_round integer default 1 not null;
alter table board_session add column notice_waiver_reason varchar(2000);
alter table board_session add column present_count integer;
alter table board_session add column represented_count integer;
alter table board_session add column quorum_required integer;
alter table board_session add column quorum_reached boolean;
alter table board_session add column opening_summary text;
alter table board_session add column closed_at timestamp;
alter table board_session add column closing_remarks text;
