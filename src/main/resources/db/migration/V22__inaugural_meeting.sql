-- A committee's inaugural meeting as the secretariat scheduled it (Task_ScheduleInauguralMeeting): its start (ISO-8601
-- local date-time, as the form gives it), venue and format, written by that completion; the job that starts the
-- inaugural session reads them here, not from the variables that route the process.
-- Portable SQL: PostgreSQL and H2.
alter table committee add column inaugural_start varchar(20);
alter table committee add column inaugural_venue varchar(200);
alter table committee add column inaugural_format varchar(20);
