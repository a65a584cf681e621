-- partnerkit's create journal: one row per idempotency key (see CreateJournal and JournalRules).
-- identity_sha256: the SHA-256 of the registration's identity (no personal data is kept).
-- since: when the current state began (an IN_FLIGHT row older than the journal's staleAfter is taken as dead).
CREATE TABLE partnerkit_create_journal (
  idempotency_key TEXT PRIMARY KEY,
  identity_sha256 TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('IN_FLIGHT', 'UNKNOWN', 'DONE')),
  since TIMESTAMPTZ NOT NULL,
  customer_id TEXT,
  account_name TEXT,
  association TEXT,
  provenance TEXT,
  CHECK ((state = 'DONE') = (customer_id IS NOT NULL))
);
