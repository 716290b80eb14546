-- Every email in its recipient's language (issue #13): the HTML part (Arabic right to left) beside the plain text
-- of body, and the language both are written in. Messages queued before have no HTML part: sent as plain text.
-- Portable SQL: PostgreSQL and H2.
alter table notification_outbox add column body_html text;
alter table notification_outbox add column language varchar(2);
