-- Why: `povertyetl sql` runs a user's statement as the BI role (SET LOCAL ROLE povertyetl_bi, in a
-- read-only transaction), so the login the product runs as must be a member of that role. A
-- superuser already may; PostgreSQL 16 gives a role's creator no SET on it by default. When the
-- migrating login cannot grant it, the migration only notes it (README, BI access, gives the SQL).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'povertyetl_bi')
       AND NOT pg_has_role(current_user, 'povertyetl_bi', 'USAGE') THEN
        EXECUTE format('GRANT povertyetl_bi TO %I', current_user);
    END IF;
EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
    RAISE NOTICE 'povertyetl_bi not granted to %: `povertyetl sql` needs it (see README, BI access)', current_user;
END
$$;
