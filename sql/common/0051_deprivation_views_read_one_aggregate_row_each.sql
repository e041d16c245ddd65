-- Why: issue 13, scope 5: every mart view's full scan under 1 s with three national years
-- loaded. Over 0050's aggregates two views still took longer on PostgreSQL: deprivation_commune_year
-- (582,360 rows) 2.6-3.0 s and deprivation_dimension_commune_year (291,180 rows) 1.8-2.1 s; the
-- first about 1 s on DuckDB. Their cost was the plan, not the rows: the households of each
-- category were summed over loads and joined, by four keys, to the deprived summed over loads
-- (575,451 rows per bit); PostgreSQL misestimated that join by three orders of magnitude and
-- sorted both sides on disk. Here each aggregate row carries what its view shows beside the
-- category's households, so a view is its aggregate joined to small dimensions, nothing grouped:
-- a commune of a year is in one current load only (COMMUNE_REPORTED_ELSEWHERE and
-- HOUSEHOLD_COMMUNE_NOT_IN_SUMMARY are errors; one current load per reporting unit and year), so
-- summing over the current loads added nothing (same rows, checked with EXCEPT ALL both ways on
-- the three national years). Measured on copies of the bench's warehouses (three national years,
-- the shared 2-core machine at its quietest, PostgreSQL 15 with default settings), before and
-- after: deprivation_commune_year 2.1 -> 0.16 s of server time (EXPLAIN ANALYZE), `\copy` to
-- /dev/null 3.4 -> 0.51 s, read in full by Npgsql 2.2-2.5 -> 0.43-0.46 s, by DuckDB.NET
-- 0.5-0.6 -> 0.19-0.25 s; deprivation_dimension_commune_year 2.2 -> 0.28 s, 1.9 -> 0.43 s,
-- 1.4-1.5 -> 0.32-0.39 s, 0.23-0.32 -> 0.11-0.16 s. Filling the two aggregates here took 6 and
-- 18 s on PostgreSQL for those three years (5.45 million households), under 3 s on DuckDB.
-- The two aggregates they replace (dw.agg_household_indicator, dw.agg_household_dimension) are
-- read by nothing else and go; the load writes the new ones (HouseholdTallies), this script fills
-- them for the loads already in, and a test holds each equal to its definition, as in 0050.

-- Per load, commune (geography), year and category: the households, and the households deprived
-- in each bit of the mask, element bit + 1 of the array (both engines index arrays from 1): every
-- bit of the 32-bit integer, whatever the standards define today, 0 where no household is, so
-- a corrected indicator list reads these rows again, never stale (as 0050's per-bit rows did).
CREATE TABLE dw.agg_household_category (
    load_id             bigint NOT NULL,
    geography_key       integer NOT NULL,
    year_key            integer NOT NULL,
    category_key        smallint NOT NULL,
    households          bigint NOT NULL,
    households_deprived bigint[] NOT NULL
);

CREATE VIEW dw.agg_household_category_definition AS
SELECT load_id, geography_key, year_key, category_key,
       CAST(count(*) AS bigint) AS households,
       CAST(ARRAY[
           sum(d & 1), sum((d >> 1) & 1), sum((d >> 2) & 1), sum((d >> 3) & 1), sum((d >> 4) & 1), sum((d >> 5) & 1), sum((d >> 6) & 1), sum((d >> 7) & 1),
           sum((d >> 8) & 1), sum((d >> 9) & 1), sum((d >> 10) & 1), sum((d >> 11) & 1), sum((d >> 12) & 1), sum((d >> 13) & 1), sum((d >> 14) & 1), sum((d >> 15) & 1),
           sum((d >> 16) & 1), sum((d >> 17) & 1), sum((d >> 18) & 1), sum((d >> 19) & 1), sum((d >> 20) & 1), sum((d >> 21) & 1), sum((d >> 22) & 1), sum((d >> 23) & 1),
           sum((d >> 24) & 1), sum((d >> 25) & 1), sum((d >> 26) & 1), sum((d >> 27) & 1), sum((d >> 28) & 1), sum((d >> 29) & 1), sum((d >> 30) & 1), sum((d >> 31) & 1)
       ] AS bigint[]) AS households_deprived
FROM (SELECT load_id, geography_key, year_key, category_key, CAST(deprivations AS bigint) AS d
      FROM dw.fact_household_year) AS h
GROUP BY load_id, geography_key, year_key, category_key;

-- Per load, commune, year, category and dimension of the year's standard: the category's
-- households and those deprived in at least one indicator of the dimension (0050's dimension
-- aggregate with the households beside it). It rests on the reference data as 0050's did: the
-- reference sync computes it again when the masks in dw.agg_household_dimension_basis are no
-- longer the years'.
CREATE TABLE dw.agg_household_category_dimension (
    load_id             bigint NOT NULL,
    geography_key       integer NOT NULL,
    year_key            integer NOT NULL,
    category_key        smallint NOT NULL,
    standard_code       text NOT NULL,
    dimension_code      text NOT NULL,
    dimension_name      text NOT NULL,
    households          bigint NOT NULL,
    households_deprived bigint NOT NULL
);

CREATE VIEW dw.agg_household_category_dimension_definition AS
SELECT h.load_id, h.geography_key, h.year_key, h.category_key, d.standard_code, d.dimension_code, d.dimension_name,
       CAST(count(*) AS bigint) AS households,
       CAST(sum(CASE WHEN (CAST(h.deprivations AS bigint) & d.mask) <> 0 THEN 1 ELSE 0 END) AS bigint) AS households_deprived
FROM dw.fact_household_year h
JOIN dw.year_dimension_mask d ON d.year_key = h.year_key
GROUP BY h.load_id, h.geography_key, h.year_key, h.category_key, d.standard_code, d.dimension_code, d.dimension_name;

INSERT INTO dw.agg_household_category SELECT * FROM dw.agg_household_category_definition;
INSERT INTO dw.agg_household_category_dimension SELECT * FROM dw.agg_household_category_dimension_definition;
DELETE FROM dw.agg_household_dimension_basis;
INSERT INTO dw.agg_household_dimension_basis SELECT * FROM dw.year_dimension_mask;

-- Every indicator of the year's standard gets a row where the commune has households of the
-- category (0 deprived when none is). Same columns, names, order, types and rows as 0050's.
CREATE OR REPLACE VIEW mart.deprivation_commune_year AS
SELECT
    y.year,
    g.district_code,
    g.commune_code,
    c.category_code AS category,
    i.indicator_code,
    i.dimension_name AS dimension,
    i.indicator_name,
    a.households_deprived[i.bit + 1] AS households_deprived,
    a.households,
    g.province_code,
    i.standard_code
FROM dw.agg_household_category a
JOIN etl.file_load l ON l.load_id = a.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = a.geography_key
JOIN dw.dim_year y ON y.year_key = a.year_key
JOIN dw.dim_category c ON c.category_key = a.category_key
JOIN dw.dim_indicator i ON i.standard_code = y.standard_code AND i.bit >= 0;

-- Every dimension of the year's standard gets a row where the commune has households of the
-- category (the aggregate has one for each, 0 deprived when none is). Same columns, names,
-- order, types and rows as 0050's.
CREATE OR REPLACE VIEW mart.deprivation_dimension_commune_year AS
SELECT
    y.year,
    g.province_code,
    g.district_code,
    g.commune_code,
    a.standard_code,
    c.category_code AS category,
    a.dimension_code AS dimension,
    a.dimension_name,
    a.households_deprived,
    a.households
FROM dw.agg_household_category_dimension a
JOIN etl.file_load l ON l.load_id = a.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = a.geography_key
JOIN dw.dim_year y ON y.year_key = a.year_key
JOIN dw.dim_category c ON c.category_key = a.category_key;

DROP VIEW dw.agg_household_indicator_definition;
DROP TABLE dw.agg_household_indicator;
DROP VIEW dw.agg_household_dimension_definition;
DROP TABLE dw.agg_household_dimension;

-- Made again, the views are commented again (DuckDB forgets a replaced view's comments).
COMMENT ON VIEW mart.deprivation_commune_year IS 'Số hộ thiếu hụt từng chỉ số của chuẩn nghèo năm rà soát, theo xã, năm và loại hộ; chỉ so sánh các năm cùng standard_code / Households deprived in each indicator of the review year''s standard, by commune, year and category; compare years of one standard_code only';
COMMENT ON COLUMN mart.deprivation_commune_year.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.deprivation_commune_year.district_code IS 'Mã huyện; NULL từ năm 2025 (không còn cấp huyện) / District code; NULL from 2025 (no districts)';
COMMENT ON COLUMN mart.deprivation_commune_year.commune_code IS 'Mã xã / Commune code';
COMMENT ON COLUMN mart.deprivation_commune_year.category IS 'Loại hộ: poor (hộ nghèo) hoặc near_poor (hộ cận nghèo) / Category';
COMMENT ON COLUMN mart.deprivation_commune_year.indicator_code IS 'Mã chỉ số trong chuẩn nghèo của năm (EMP1…INF2); cùng mã ở hai chuẩn có thể là hai chỉ số khác nhau / Indicator code within the year''s standard';
COMMENT ON COLUMN mart.deprivation_commune_year.dimension IS 'Chiều thiếu hụt (việc làm, y tế, giáo dục, nhà ở, nước và vệ sinh, thông tin) / Dimension';
COMMENT ON COLUMN mart.deprivation_commune_year.indicator_name IS 'Tên chỉ số / Indicator name';
COMMENT ON COLUMN mart.deprivation_commune_year.households_deprived IS 'Số hộ thiếu hụt chỉ số này / Households deprived in it';
COMMENT ON COLUMN mart.deprivation_commune_year.households IS 'Số hộ của loại này trong xã / Households of the category in the commune';
COMMENT ON COLUMN mart.deprivation_commune_year.province_code IS 'Mã tỉnh (GSO) / Province code';
COMMENT ON COLUMN mart.deprivation_commune_year.standard_code IS 'Chuẩn nghèo của năm: QD59_2015, ND07_2021, ND351_2025 (dw.dim_standard) / Poverty standard of the year';
COMMENT ON VIEW mart.deprivation_dimension_commune_year IS 'Số hộ thiếu hụt ít nhất một chỉ số của từng chiều, theo xã, năm, chuẩn nghèo và loại hộ / Households deprived in at least one indicator of each dimension, by commune, year, standard and category';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.province_code IS 'Mã tỉnh (GSO) / Province code';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.district_code IS 'Mã huyện; NULL từ năm 2025 (không còn cấp huyện) / District code; NULL from 2025 (no districts)';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.commune_code IS 'Mã xã / Commune code';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.standard_code IS 'Chuẩn nghèo của năm: QD59_2015, ND07_2021, ND351_2025 (dw.dim_standard) / Poverty standard of the year';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.category IS 'Loại hộ: poor (hộ nghèo) hoặc near_poor (hộ cận nghèo) / Category';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.dimension IS 'Mã chiều thiếu hụt (EMP, HEA, EDU, HOU, WAS, INF) / Dimension code';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.dimension_name IS 'Tên chiều thiếu hụt theo chuẩn của năm / Dimension name under the year''s standard';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.households_deprived IS 'Số hộ thiếu hụt ít nhất một chỉ số của chiều này / Households deprived in at least one of its indicators';
COMMENT ON COLUMN mart.deprivation_dimension_commune_year.households IS 'Số hộ của loại này trong xã / Households of the category in the commune';
