-- Each proposal of a committee's composition (Task_ProposeCommitteeMembers), as the secretariat made it, and the
-- chair's decision on it (Task_AppointCommittee): written by those two completions. The committee is created, and its
-- members told, from the proposal the chair appointed, not from the variables that route the process; the chair's
-- form shows the proposal from here. Round 1 is the first proposal, round n + 1 the one made after the chair returned
-- round n. Member lists are Json arrays: board member ids; external members {name, organisation, email}.
-- Portable SQL: PostgreSQL and H2.
create table committee_proposal (
  resolution_number  varchar(50)   not null,
  round              integer       not null,
  code               varchar(8)    not null,
  name               varchar(200)  not null,
  mandate            varchar(4000) not null,
  board_members      varchar(4000) not null,
  external_members   varchar(8000) not null,
  chair              varchar(64)   not null,
  rapporteur         varchar(200)  not null,
  reporting_rhythm   varchar(20)   not null,
  proposed_by        varchar(64),
  proposed_at        timestamp     not null,
  decision           varchar(20),
  decided_by         varchar(64),
  decided_at         timestamp,
  remarks            varchar(4000),
  primary key (resolution_number, round),
  constraint committee_proposal_decision check (decision in ('APPOINTED', 'RETURNED'))
);
