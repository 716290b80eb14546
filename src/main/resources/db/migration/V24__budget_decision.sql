-- The Ministry of Finance's decision on an adopted budget (Task_ReviewBudget), as its completion recorded it: the
-- decision and who took it (its time and remarks in decided_at and remarks). The jobs after it mark the budget
-- executory or record the changes requested from this record, not from the variables that route the process.
-- Portable SQL: PostgreSQL and H2.
alter table budget_approval add column decision varchar(20);
alter table budget_approval add column decided_by varchar(64);
