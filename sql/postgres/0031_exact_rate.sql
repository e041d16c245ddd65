-- Why: a rate is 100 × part / whole, half up to 2 places, and must be the same number on both
-- engines (duckdb/0030 defines the DuckDB side). numeric division keeps enough digits and
-- round(numeric) rounds half away from zero, which is half up for counts. NULL when whole is 0
-- or NULL. The mart views call it; EXECUTE stays granted to PUBLIC, so the BI role reads them.
CREATE FUNCTION dw.rate_pct(part numeric, whole numeric) RETURNS numeric(9,2)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN whole > 0 THEN CAST(round(100 * part / whole, 2) AS numeric(9,2)) END $$;
