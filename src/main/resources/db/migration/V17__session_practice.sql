-- Sessions as boards run them (issue #15, points 3-6). Portable SQL: PostgreSQL and H2.

-- A message may carry one attachment, stored as text with its content type: the convocation's calendar invitation
-- (text/calendar; method=REQUEST). OutboxSender then sends the message as multipart/mixed.
alter table notification_outbox add column attachment_name varchar(200);
alter table notification_outbox add column attachment_type varchar(200);
alter table notification_outbox add column attachment text;

-- The link of a REMOTE or HYBRID session's meeting, given at the start (optional): in the calendar invitation.
alter table board_session add column meeting_url varchar(1000);

-- The follow-ups put on a session's agenda as its FOLLOW_UP item, as they stood when the chair approved the
-- convocation: the item's dossier, printed in the minutes. Written once per approval of the agenda.
create table follow_up_item (
  session_key       varchar(40)   not null references board_session (business_key),
  item_index        integer       not null,
  resolution_number varchar(50)   not null,
  owner             varchar(64)   not null,
  due_date          date          not null,
  status            varchar(20)   not null,
  last_report       text,
  primary key (session_key, item_index, resolution_number)
);
