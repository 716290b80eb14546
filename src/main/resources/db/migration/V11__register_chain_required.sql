-- Every resolution is chained (V10 chained the rows registered before V9): the chain columns are required, and a
-- position in a body's register is taken once, so that two registrations can never chain to the same predecessor.
-- Portable SQL: PostgreSQL and H2.
alter table resolution alter column body_code set not null;
alter table resolution alter column chain_seq set not null;
alter table resolution alter column chain_hash set not null;
alter table resolution add constraint uq_resolution_chain unique (body_code, chain_seq);
