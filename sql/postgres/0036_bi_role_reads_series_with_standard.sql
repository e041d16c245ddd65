-- Why: common/0035 dropped and made again the two series views; the BI role reads them again (the
-- default privileges of 0004 cover views the migrating login creates, this covers any other).
DO $$
BEGIN
    GRANT SELECT ON mart.poverty_commune_series, mart.poverty_province_series TO povertyetl_bi;
EXCEPTION WHEN undefined_object OR insufficient_privilege THEN
    RAISE NOTICE 'povertyetl_bi not granted the remade series views (see README, BI access)';
END
$$;
