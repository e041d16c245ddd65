-- Why: a rate is 100 × part / whole, half up to 2 places, and must be the same number on both
-- engines. DuckDB divides decimals in double precision (201 / 20,000 households gives 1.00
-- there, 1.01 on PostgreSQL), so here the rate is counted in whole hundredths of a percent
-- with integer arithmetic: floor((20000 × part + whole) / (2 × whole)) is 100 × part / whole
-- rounded half up, exact for any count; then made a decimal. NULL when whole is 0 or NULL.
-- PostgreSQL defines the same function over numeric (postgres/0031); the mart views call it.
CREATE MACRO dw.rate_pct(part, whole) AS
    CASE WHEN whole > 0 THEN
        CAST(CAST((20000 * CAST(part AS HUGEINT) + CAST(whole AS HUGEINT)) // (2 * CAST(whole AS HUGEINT)) AS DECIMAL(18,0)) * CAST(0.01 AS DECIMAL(3,2)) AS DECIMAL(9,2))
    END;
