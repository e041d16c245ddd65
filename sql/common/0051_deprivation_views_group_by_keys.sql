-- Why: BI at scale (issue 13). Over 0050's aggregates two views still took more than a second to
-- read in full with three national years loaded (bench --bi, machine quiet, median of 3):
-- deprivation_commune_year (582,360 rows) 3.7 s on PostgreSQL and 1.2 s on DuckDB,
-- deprivation_dimension_commune_year (291,180 rows) 2.1 s on PostgreSQL. Both grouped the
-- joined result again by nine text columns, a hash aggregate that PostgreSQL spilled to disk (101
-- batches, 79 MB at work_mem 4 MB). A commune of a year has one geography key (the version in
-- force at the year's end) and is reported once a year (COMMUNE_REPORTED_ELSEWHERE is an error),
-- so summing the current loads' aggregates by integer keys first, then naming the rows, gives
-- the same rows with no second grouping. Same columns, names, order, types and rows; the views
-- are commented again (DuckDB forgets a replaced view's comments).
CREATE OR REPLACE VIEW mart.deprivation_commune_year AS
WITH households AS (
    SELECT h.geography_key, h.year_key, h.category_key, sum(h.households) AS households
    FROM dw.agg_household_deprivation_count h
    JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
    GROUP BY h.geography_key, h.year_key, h.category_key
),
deprived AS (
    SELECT b.geography_key, b.year_key, b.category_key, b.bit, sum(b.households_deprived) AS households_deprived
    FROM dw.agg_household_indicator b
    JOIN etl.file_load l ON l.load_id = b.load_id AND l.status = 'loaded'
    GROUP BY b.geography_key, b.year_key, b.category_key, b.bit
)
SELECT
    y.year,
    g.district_code,
    g.commune_code,
    c.category_code AS category,
    i.indicator_code,
    i.dimension_name AS dimension,
    i.indicator_name,
    CAST(coalesce(d.households_deprived, 0) AS bigint) AS households_deprived,
    CAST(h.households AS bigint) AS households,
    g.province_code,
    i.standard_code
FROM households h
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_category c ON c.category_key = h.category_key
JOIN dw.dim_indicator i ON i.standard_code = y.standard_code AND i.bit >= 0
LEFT JOIN deprived d ON d.geography_key = h.geography_key AND d.year_key = h.year_key AND d.category_key = h.category_key AND d.bit = i.bit;

CREATE OR REPLACE VIEW mart.deprivation_dimension_commune_year AS
WITH households AS (
    SELECT h.geography_key, h.year_key, h.category_key, sum(h.households) AS households
    FROM dw.agg_household_deprivation_count h
    JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
    GROUP BY h.geography_key, h.year_key, h.category_key
),
deprived AS (
    SELECT a.geography_key, a.year_key, a.category_key, a.standard_code, a.dimension_code, a.dimension_name,
           sum(a.households_deprived) AS households_deprived
    FROM dw.agg_household_dimension a
    JOIN etl.file_load l ON l.load_id = a.load_id AND l.status = 'loaded'
    GROUP BY a.geography_key, a.year_key, a.category_key, a.standard_code, a.dimension_code, a.dimension_name
)
SELECT
    y.year,
    g.province_code,
    g.district_code,
    g.commune_code,
    d.standard_code,
    c.category_code AS category,
    d.dimension_code AS dimension,
    d.dimension_name,
    CAST(coalesce(a.households_deprived, 0) AS bigint) AS households_deprived,
    CAST(h.households AS bigint) AS households
FROM households h
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_category c ON c.category_key = h.category_key
JOIN dw.dimension_mask d ON d.standard_code = y.standard_code
LEFT JOIN deprived a ON a.geography_key = h.geography_key AND a.year_key = h.year_key AND a.category_key = h.category_key
                    AND a.standard_code = d.standard_code AND a.dimension_code = d.dimension_code AND a.dimension_name = d.dimension_name;

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
