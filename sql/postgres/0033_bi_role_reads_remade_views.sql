-- Why: common/0032 dropped and made again the mart views; the BI role reads them again (the
-- default privileges of 0004 cover views the migrating login creates, this covers any other).
DO $$
BEGIN
    GRANT SELECT ON ALL TABLES IN SCHEMA mart TO povertyetl_bi;
EXCEPTION WHEN undefined_object OR insufficient_privilege THEN
    RAISE NOTICE 'povertyetl_bi not granted the remade views (see README, BI access)';
END
$$;
