-- The count of each vote round of an item, written by the step that establishes it: the roll call's count (from the
-- vote book) or the secret ballots' (from the ballot box), or the tally the secretariat recorded
-- (Task_RecordVoteTally); the outcome the decision resolution-outcome gave it (ADOPTED, REJECTED or TIE), in the same
-- transaction; on a tie, the chair's casting vote (Task_CastDecidingVote) and the outcome it gives. The register
-- numbers the resolution from this record, not from the variables that route the process.
-- Portable SQL: PostgreSQL and H2.
create table item_count (
  session_key    varchar(40)  not null,
  item_index     integer      not null,
  vote_round     integer      not null,
  votes_for      integer      not null,
  votes_against  integer      not null,
  votes_abstain  integer      not null,
  outcome        varchar(10),
  casting_vote   varchar(10),
  counted_at     timestamp    not null,
  primary key (session_key, item_index, vote_round)
);
