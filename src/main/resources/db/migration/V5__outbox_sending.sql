-- Sending the outbox from one node or a cluster of nodes without sending a message twice (OutboxSender).
-- Portable SQL: PostgreSQL and H2.
--
-- Statuses: PENDING (waiting to be sent) -> SENDING (claimed by one node: claimed_by, claimed_at) -> SENT.
-- A node sends an entry only after its atomic claim "update ... set status = 'SENDING' ... where id = ? and
-- status = 'PENDING'" changed exactly one row. A claim older than majlis.notification.claim-timeout (the node died
-- while sending) goes back to PENDING. A failed attempt goes back to PENDING with attempts + 1, last_error and
-- next_attempt_at (backoff); FAILED_NO_ADDRESS (the recipient has no email address) and FAILED (refused by the
-- server or too many attempts) are final: an operator corrects the address and sets the status back to PENDING.
alter table notification_outbox add column claimed_by varchar(100);
alter table notification_outbox add column claimed_at timestamp;
alter table notification_outbox add column next_attempt_at timestamp;
