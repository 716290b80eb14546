-- The register is tamper-evident (issue #12): each resolution carries a SHA-256 hash chained to the previous
-- resolution of its body, computed by ma.majlis.deliberation.RegisterChain when the resolution is registered.
-- Portable SQL: PostgreSQL and H2. V10 (ma.majlis.deliberation.RegisterChainMigration, Java) chains the rows
-- registered before this migration; V11 then makes the columns required.

-- The body whose register the resolution belongs to (the session key's prefix: CA, or a committee's code).
alter table resolution add column body_code varchar(8);
-- Its position in its body's register: 1, 2, 3 ... in order of registration, without gaps.
alter table resolution add column chain_seq bigint;
-- SHA-256 (64 hex digits) of the row's content and the previous row's chain_hash (64 zeros for the first).
alter table resolution add column chain_hash varchar(64);
