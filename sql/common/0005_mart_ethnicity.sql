-- Why: the share of Khmer (or any group) among poor households is a headline figure of the
-- provinces of the Mekong delta, and the contract's views carry no ethnicity. This view adds it
-- (a new view; the contract's views are unchanged), counted from the household list.
CREATE VIEW mart.ethnicity_commune_year AS
SELECT
    y.year,
    g.district_code,
    g.commune_code,
    c.category_code AS category,
    e.ethnicity_code,
    e.ethnicity_name,
    CAST(count(*) AS bigint) AS households
FROM dw.fact_household_year h
JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_category c ON c.category_key = h.category_key
JOIN dw.dim_ethnicity e ON e.ethnicity_key = h.ethnicity_key
GROUP BY y.year, g.district_code, g.commune_code, c.category_code, e.ethnicity_code, e.ethnicity_name;

COMMENT ON VIEW mart.ethnicity_commune_year IS 'Số hộ nghèo, cận nghèo theo dân tộc của chủ hộ, theo xã và năm / Poor and near-poor households by the head''s ethnicity, commune and year';
COMMENT ON COLUMN mart.ethnicity_commune_year.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.ethnicity_commune_year.district_code IS 'Mã huyện / District code';
COMMENT ON COLUMN mart.ethnicity_commune_year.commune_code IS 'Mã xã / Commune code';
COMMENT ON COLUMN mart.ethnicity_commune_year.category IS 'Loại hộ: poor hoặc near_poor / Category';
COMMENT ON COLUMN mart.ethnicity_commune_year.ethnicity_code IS 'Mã dân tộc (01 Kinh, 04 Hoa, 05 Khmer…) / Ethnicity code';
COMMENT ON COLUMN mart.ethnicity_commune_year.ethnicity_name IS 'Tên dân tộc / Ethnicity';
COMMENT ON COLUMN mart.ethnicity_commune_year.households IS 'Số hộ / Households';
