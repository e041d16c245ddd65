-- Why: every role may create temporary tables in a new database (PostgreSQL grants TEMPORARY to
-- PUBLIC), and a read-only transaction still allows them. The BI role, and the `sql` command that
-- reads as it, must read and nothing else: TEMPORARY is taken from PUBLIC and given back to the
-- login that migrates (the product's own). Needs the database's owner; otherwise only noted, and
-- README "BI access" gives the statement to run as admin.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', current_database(), current_user);
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'TEMPORARY not revoked from PUBLIC: the migrating user does not own the database (see README, BI access)';
END
$$;
