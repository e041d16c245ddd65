-- Why: the BI role reads the two deprivation views added by 0025 (by dimension, by number of
-- deprivations), as it reads every mart view.
DO $$
BEGIN
    GRANT SELECT ON mart.deprivation_dimension_commune_year, mart.deprivation_count_commune_year TO povertyetl_bi;
EXCEPTION WHEN undefined_object OR insufficient_privilege THEN
    RAISE NOTICE 'povertyetl_bi not granted the new deprivation views (see README, BI access)';
END
$$;
