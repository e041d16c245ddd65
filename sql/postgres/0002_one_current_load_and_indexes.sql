-- Why: PostgreSQL can guard what the product otherwise guards in code: at most one current
-- load per district-year (a partial unique index), and lookups by hash and by load stay fast
-- as history grows.
CREATE UNIQUE INDEX file_load_one_current ON etl.file_load (district_code, year) WHERE status = 'loaded';
CREATE INDEX file_load_sha256 ON etl.file_load (sha256);
CREATE INDEX finding_load ON etl.finding (load_id);
CREATE INDEX fact_household_year_load ON dw.fact_household_year USING brin (load_id);
CREATE INDEX fact_commune_year_load ON dw.fact_commune_year (load_id);
CREATE INDEX fact_support_year_load ON dw.fact_support_year (load_id);
