-- Bucket4j's PostgreSQL buckets (select-for-update), one row per partnerkit:<vendor>:<partner>:<action> key.
-- expires_at is unused today (the keys are few and long-lived) and kept for Bucket4j's expiration strategies.
CREATE TABLE partnerkit_rate_limit_bucket (
  id TEXT PRIMARY KEY,
  state BYTEA,
  expires_at BIGINT
);
