-- Why: reviews since 2016 were made under three poverty standards, each with its own lines and
-- indicators (QĐ 59/2015/QĐ-TTg for 2016-2021: 10 indicators in 5 dimensions; Decree
-- 07/2021/NĐ-CP for 2022-2026: 12 in 6; Decree 351/2025/NĐ-CP from 2027, its list provisional).
-- A household's deprivation mask means something only under its year's standard, so:
-- dw.dim_standard holds the standards (synced from config/reference like the other dimensions);
-- dw.dim_indicator is keyed per (standard, indicator) and dw.dim_year names its year's standard;
-- the deprivation views unpack a mask with its year's indicators and carry standard_code, so a
-- 2021 count and a 2022 count are never one series. Rows before this script were Decree 07's.
CREATE TABLE dw.dim_standard (
    standard_code   text PRIMARY KEY,
    standard_name   text NOT NULL,
    from_year       integer NOT NULL,
    to_year         integer NOT NULL,
    provisional     boolean NOT NULL
);

ALTER TABLE dw.dim_indicator ADD COLUMN standard_code text;
ALTER TABLE dw.dim_indicator ADD COLUMN indicator_name_en text;
UPDATE dw.dim_indicator SET standard_code = CASE WHEN indicator_key = 0 THEN '' ELSE 'ND07_2021' END,
                            indicator_name_en = CASE WHEN indicator_key = 0 THEN 'Unknown' ELSE indicator_code END;

ALTER TABLE dw.dim_year ADD COLUMN standard_code text;

CREATE OR REPLACE VIEW mart.deprivation_commune_year AS
SELECT
    y.year,
    g.district_code,
    g.commune_code,
    c.category_code AS category,
    i.indicator_code,
    i.dimension_name AS dimension,
    i.indicator_name,
    CAST(sum(CASE WHEN (h.deprivations >> i.bit) & 1 = 1 THEN 1 ELSE 0 END) AS bigint) AS households_deprived,
    CAST(count(*) AS bigint) AS households,
    g.province_code,
    i.standard_code
FROM dw.fact_household_year h
JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_category c ON c.category_key = h.category_key
JOIN dw.dim_indicator i ON i.standard_code = y.standard_code AND i.bit >= 0
GROUP BY y.year, g.province_code, g.district_code, g.commune_code, c.category_code, i.standard_code,
         i.indicator_code, i.dimension_name, i.indicator_name;

CREATE VIEW mart.deprivation_dimension_commune_year AS
WITH dimension_mask AS (
    SELECT standard_code, dimension_code, dimension_name, CAST(sum(CAST(1 AS bigint) << bit) AS bigint) AS mask
    FROM dw.dim_indicator
    WHERE bit >= 0
    GROUP BY standard_code, dimension_code, dimension_name
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
    CAST(sum(CASE WHEN (CAST(h.deprivations AS bigint) & d.mask) <> 0 THEN 1 ELSE 0 END) AS bigint) AS households_deprived,
    CAST(count(*) AS bigint) AS households
FROM dw.fact_household_year h
JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_category c ON c.category_key = h.category_key
JOIN dimension_mask d ON d.standard_code = y.standard_code
GROUP BY y.year, g.province_code, g.district_code, g.commune_code, d.standard_code, c.category_code, d.dimension_code, d.dimension_name;

CREATE VIEW mart.deprivation_count_commune_year AS
SELECT
    y.year,
    g.province_code,
    g.district_code,
    g.commune_code,
    s.standard_code,
    c.category_code AS category,
    CAST(h.deprivation_count AS integer) AS deprivations,
    CAST(count(*) AS bigint) AS households
FROM dw.fact_household_year h
JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_standard s ON s.standard_code = y.standard_code
JOIN dw.dim_category c ON c.category_key = h.category_key
GROUP BY y.year, g.province_code, g.district_code, g.commune_code, s.standard_code, c.category_code, h.deprivation_count;

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

COMMENT ON VIEW mart.deprivation_count_commune_year IS 'Số hộ theo số chỉ số thiếu hụt (0..N của chuẩn nghèo năm đó), theo xã, năm và loại hộ; chỉ có dòng cho số chỉ số có hộ / Households by their number of deprivations (0..N of the year''s standard), by commune, year and category; rows only where there are households';
COMMENT ON COLUMN mart.deprivation_count_commune_year.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.deprivation_count_commune_year.province_code IS 'Mã tỉnh (GSO) / Province code';
COMMENT ON COLUMN mart.deprivation_count_commune_year.district_code IS 'Mã huyện; NULL từ năm 2025 (không còn cấp huyện) / District code; NULL from 2025 (no districts)';
COMMENT ON COLUMN mart.deprivation_count_commune_year.commune_code IS 'Mã xã / Commune code';
COMMENT ON COLUMN mart.deprivation_count_commune_year.standard_code IS 'Chuẩn nghèo của năm: QD59_2015, ND07_2021, ND351_2025 (dw.dim_standard) / Poverty standard of the year';
COMMENT ON COLUMN mart.deprivation_count_commune_year.category IS 'Loại hộ: poor (hộ nghèo) hoặc near_poor (hộ cận nghèo) / Category';
COMMENT ON COLUMN mart.deprivation_count_commune_year.deprivations IS 'Số chỉ số hộ bị thiếu hụt / Number of indicators the household is deprived in';
COMMENT ON COLUMN mart.deprivation_count_commune_year.households IS 'Số hộ / Households';
