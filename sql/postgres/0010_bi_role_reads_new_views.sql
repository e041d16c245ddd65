-- Why: views added after 0004 need the BI role's grant too (default privileges cover views created by
-- the same role later, but say it explicitly for databases whose migrating user changed).
DO $$
BEGIN
    GRANT SELECT ON ALL TABLES IN SCHEMA mart TO povertyetl_bi;
EXCEPTION WHEN undefined_object OR insufficient_privilege THEN
    RAISE NOTICE 'povertyetl_bi not granted the new views (see README, BI access)';
END
$$;
