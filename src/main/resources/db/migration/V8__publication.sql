-- What happens to a session's documents after they are drafted. Portable SQL: PostgreSQL and H2.
-- A stored version is still never edited in its content: these columns only record what was done with it.

-- When a press release was published (ServiceTask_PublishPressRelease); null until then.
alter table document add column published_at timestamp;
-- The remarks of whoever returned or withheld this version (the chair returning the minutes, the communication
-- office withholding a press release); null when it was not returned.
alter table document add column review_remarks text;
-- Signed minutes are approved by the body at its next session (standing rule 9): the number of the adopted
-- MINUTES_APPROVAL resolution, and when it was adopted.
alter table document add column board_approval varchar(50);
alter table document add column board_approved_at timestamp;
