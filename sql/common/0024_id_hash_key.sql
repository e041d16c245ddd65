-- Why: ID numbers are stored only as HMAC-SHA-256 with Privacy:IdHashKey. Loads made with no key
-- (no ID stored), with one key and with another cannot be linked across years, and a warehouse
-- that mixed them would silently break the link the hash exists for. The warehouse remembers a
-- fingerprint of the key its ID numbers were hashed with (never the key) and refuses another.
CREATE TABLE etl.id_hash_key (
    fingerprint text NOT NULL,
    recorded_at timestamptz NOT NULL
);
