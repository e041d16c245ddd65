-- Why: BI tools (Power BI, Metabase, Superset) connect with a role that can read the mart and
-- the load history and nothing else. Creating a role needs CREATEROLE: when the migrating user
-- lacks it, the migration only notes it, and README "BI access" gives the SQL to run as admin.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'povertyetl_bi') THEN
        CREATE ROLE povertyetl_bi NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO povertyetl_bi', current_database());
    GRANT USAGE ON SCHEMA mart, etl TO povertyetl_bi;
    GRANT SELECT ON ALL TABLES IN SCHEMA mart TO povertyetl_bi;
    GRANT SELECT ON etl.file_load TO povertyetl_bi;
    ALTER DEFAULT PRIVILEGES IN SCHEMA mart GRANT SELECT ON TABLES TO povertyetl_bi;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'povertyetl_bi not created: the migrating user may not create roles (see README, BI access)';
END
$$;
