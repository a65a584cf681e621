-- partnerkit's write journal (see WriteJournal and JournalRules): the create journal of V1, generalised to every
-- write that must happen at most once (creates, credit allocations, pool top-ups, decisions). Rows written by V1 stay
-- as they are and are read as customer creates: their results stay in the V1 columns (customer_id, account_name,
-- association, provenance); new rows keep their result, encoded by the operation's codec, in result.
ALTER TABLE partnerkit_create_journal RENAME TO partnerkit_write_journal;
ALTER TABLE partnerkit_write_journal DROP CONSTRAINT IF EXISTS partnerkit_create_journal_check;
ALTER TABLE partnerkit_write_journal RENAME COLUMN identity_sha256 TO fingerprint;
ALTER TABLE partnerkit_write_journal ADD COLUMN operation TEXT NOT NULL DEFAULT 'customer.create';
ALTER TABLE partnerkit_write_journal ALTER COLUMN operation DROP DEFAULT;
ALTER TABLE partnerkit_write_journal ADD COLUMN claimed_at TIMESTAMPTZ;
UPDATE partnerkit_write_journal SET claimed_at = since;
ALTER TABLE partnerkit_write_journal ALTER COLUMN claimed_at SET NOT NULL;
ALTER TABLE partnerkit_write_journal ADD COLUMN result TEXT;
ALTER TABLE partnerkit_write_journal ADD CONSTRAINT partnerkit_write_journal_result_when_done
  CHECK (state = 'DONE' OR (result IS NULL AND customer_id IS NULL));
CREATE INDEX partnerkit_write_journal_open ON partnerkit_write_journal (operation) WHERE state <> 'DONE';
