-- Why: the BI contract (contracts.md, "mart"). BI tools read only these views: official unit
-- names from the geography dimension, rates computed as 100 * end / total_households rounded
-- to 2 places (NULL when there are no households), and only the current load of each
-- district-year (etl.file_load.status = 'loaded'); superseded loads stay in dw for history.
CREATE VIEW mart.poverty_commune_year AS
SELECT
    y.year,
    g.province_code,
    g.province_name,
    g.district_code,
    g.district_name,
    g.commune_code,
    g.commune_name,
    g.area,
    f.total_households,
    f.poor_start,
    f.poor_escaped,
    f.poor_new,
    f.poor_returned,
    f.poor_end,
    CASE WHEN f.total_households > 0 THEN CAST(round(100.0 * f.poor_end / f.total_households, 2) AS numeric(9,2)) END AS poor_rate_pct,
    f.near_poor_start,
    f.near_poor_escaped,
    f.near_poor_new,
    f.near_poor_end,
    CASE WHEN f.total_households > 0 THEN CAST(round(100.0 * f.near_poor_end / f.total_households, 2) AS numeric(9,2)) END AS near_poor_rate_pct,
    f.poor_ethnic_minority_end,
    f.poor_no_labour_end,
    f.load_id
FROM dw.fact_commune_year f
JOIN etl.file_load l ON l.load_id = f.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = f.geography_key
JOIN dw.dim_year y ON y.year_key = f.year_key;

CREATE VIEW mart.poverty_district_year AS
SELECT
    year,
    province_code,
    province_name,
    district_code,
    district_name,
    CAST(count(*) AS bigint) AS communes,
    CAST(sum(total_households) AS bigint) AS total_households,
    CAST(sum(poor_start) AS bigint) AS poor_start,
    CAST(sum(poor_escaped) AS bigint) AS poor_escaped,
    CAST(sum(poor_new) AS bigint) AS poor_new,
    CAST(sum(poor_returned) AS bigint) AS poor_returned,
    CAST(sum(poor_end) AS bigint) AS poor_end,
    CASE WHEN sum(total_households) > 0 THEN CAST(round(100.0 * sum(poor_end) / sum(total_households), 2) AS numeric(9,2)) END AS poor_rate_pct,
    CAST(sum(near_poor_end) AS bigint) AS near_poor_end,
    CASE WHEN sum(total_households) > 0 THEN CAST(round(100.0 * sum(near_poor_end) / sum(total_households), 2) AS numeric(9,2)) END AS near_poor_rate_pct
FROM mart.poverty_commune_year
GROUP BY year, province_code, province_name, district_code, district_name;

CREATE VIEW mart.deprivation_commune_year AS
SELECT
    y.year,
    g.district_code,
    g.commune_code,
    c.category_code AS category,
    i.indicator_code,
    i.dimension_name AS dimension,
    i.indicator_name,
    CAST(sum(CASE WHEN (h.deprivations >> i.bit) & 1 = 1 THEN 1 ELSE 0 END) AS bigint) AS households_deprived,
    CAST(count(*) AS bigint) AS households
FROM dw.fact_household_year h
JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_category c ON c.category_key = h.category_key
CROSS JOIN dw.dim_indicator i
WHERE i.indicator_key > 0
GROUP BY y.year, g.district_code, g.commune_code, c.category_code, i.indicator_code, i.dimension_name, i.indicator_name;

CREATE VIEW mart.support_commune_year AS
SELECT
    y.year,
    g.district_code,
    g.commune_code,
    p.program_code,
    p.program_name,
    s.beneficiaries,
    s.amount_million_vnd
FROM dw.fact_support_year s
JOIN etl.file_load l ON l.load_id = s.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = s.geography_key
JOIN dw.dim_year y ON y.year_key = s.year_key
JOIN dw.dim_program p ON p.program_key = s.program_key;

COMMENT ON VIEW mart.poverty_commune_year IS 'Hộ nghèo, hộ cận nghèo theo xã và năm: số đầu kỳ, biến động, cuối kỳ và tỷ lệ (chỉ bản nạp hiện hành) / Poor and near-poor households by commune and year: stocks, flows, rates (current loads only)';
COMMENT ON COLUMN mart.poverty_commune_year.year IS 'Năm rà soát / Year of the annual review';
COMMENT ON COLUMN mart.poverty_commune_year.province_code IS 'Mã tỉnh (GSO) / Province code';
COMMENT ON COLUMN mart.poverty_commune_year.province_name IS 'Tên tỉnh chính thức / Official province name';
COMMENT ON COLUMN mart.poverty_commune_year.district_code IS 'Mã huyện (GSO) / District code';
COMMENT ON COLUMN mart.poverty_commune_year.district_name IS 'Tên huyện chính thức / Official district name';
COMMENT ON COLUMN mart.poverty_commune_year.commune_code IS 'Mã xã (GSO) / Commune code';
COMMENT ON COLUMN mart.poverty_commune_year.commune_name IS 'Tên xã chính thức / Official commune name';
COMMENT ON COLUMN mart.poverty_commune_year.area IS 'Khu vực: rural (xã) hoặc urban (phường, thị trấn) / Area';
COMMENT ON COLUMN mart.poverty_commune_year.total_households IS 'Tổng số hộ dân cư cuối năm / Households living in the commune at year end';
COMMENT ON COLUMN mart.poverty_commune_year.poor_start IS 'Hộ nghèo đầu kỳ / Poor households at the start of the year';
COMMENT ON COLUMN mart.poverty_commune_year.poor_escaped IS 'Số hộ thoát nghèo trong năm / Households that left poverty';
COMMENT ON COLUMN mart.poverty_commune_year.poor_new IS 'Số hộ nghèo phát sinh / Newly poor households';
COMMENT ON COLUMN mart.poverty_commune_year.poor_returned IS 'Số hộ tái nghèo / Households that fell back into poverty';
COMMENT ON COLUMN mart.poverty_commune_year.poor_end IS 'Hộ nghèo cuối kỳ / Poor households at year end';
COMMENT ON COLUMN mart.poverty_commune_year.poor_rate_pct IS 'Tỷ lệ hộ nghèo (%) = 100 × cuối kỳ / tổng số hộ, 2 chữ số thập phân / Poverty rate (%)';
COMMENT ON COLUMN mart.poverty_commune_year.near_poor_start IS 'Hộ cận nghèo đầu kỳ / Near-poor households at the start of the year';
COMMENT ON COLUMN mart.poverty_commune_year.near_poor_escaped IS 'Số hộ thoát cận nghèo / Households that left near-poverty';
COMMENT ON COLUMN mart.poverty_commune_year.near_poor_new IS 'Số hộ cận nghèo phát sinh / Newly near-poor households';
COMMENT ON COLUMN mart.poverty_commune_year.near_poor_end IS 'Hộ cận nghèo cuối kỳ / Near-poor households at year end';
COMMENT ON COLUMN mart.poverty_commune_year.near_poor_rate_pct IS 'Tỷ lệ hộ cận nghèo (%) / Near-poverty rate (%)';
COMMENT ON COLUMN mart.poverty_commune_year.poor_ethnic_minority_end IS 'Hộ nghèo có chủ hộ là người dân tộc thiểu số (NULL nếu huyện không báo) / Poor households headed by an ethnic minority';
COMMENT ON COLUMN mart.poverty_commune_year.poor_no_labour_end IS 'Hộ nghèo không có khả năng lao động (NULL nếu không báo) / Poor households with no member able to work';
COMMENT ON COLUMN mart.poverty_commune_year.load_id IS 'Mã lần nạp tệp (etl.file_load) / The load that brought this row';

COMMENT ON VIEW mart.poverty_district_year IS 'Hộ nghèo, hộ cận nghèo theo huyện và năm (cộng từ các xã) / Poor and near-poor households by district and year';
COMMENT ON COLUMN mart.poverty_district_year.year IS 'Năm rà soát / Year of the annual review';
COMMENT ON COLUMN mart.poverty_district_year.province_code IS 'Mã tỉnh / Province code';
COMMENT ON COLUMN mart.poverty_district_year.province_name IS 'Tên tỉnh / Province name';
COMMENT ON COLUMN mart.poverty_district_year.district_code IS 'Mã huyện / District code';
COMMENT ON COLUMN mart.poverty_district_year.district_name IS 'Tên huyện / District name';
COMMENT ON COLUMN mart.poverty_district_year.communes IS 'Số xã báo cáo / Communes reported';
COMMENT ON COLUMN mart.poverty_district_year.total_households IS 'Tổng số hộ / Households';
COMMENT ON COLUMN mart.poverty_district_year.poor_start IS 'Hộ nghèo đầu kỳ / Poor at the start of the year';
COMMENT ON COLUMN mart.poverty_district_year.poor_escaped IS 'Số hộ thoát nghèo / Escaped poverty';
COMMENT ON COLUMN mart.poverty_district_year.poor_new IS 'Số hộ nghèo phát sinh / Newly poor';
COMMENT ON COLUMN mart.poverty_district_year.poor_returned IS 'Số hộ tái nghèo / Returned to poverty';
COMMENT ON COLUMN mart.poverty_district_year.poor_end IS 'Hộ nghèo cuối kỳ / Poor at year end';
COMMENT ON COLUMN mart.poverty_district_year.poor_rate_pct IS 'Tỷ lệ hộ nghèo (%) / Poverty rate (%)';
COMMENT ON COLUMN mart.poverty_district_year.near_poor_end IS 'Hộ cận nghèo cuối kỳ / Near-poor at year end';
COMMENT ON COLUMN mart.poverty_district_year.near_poor_rate_pct IS 'Tỷ lệ hộ cận nghèo (%) / Near-poverty rate (%)';

COMMENT ON VIEW mart.deprivation_commune_year IS 'Số hộ thiếu hụt từng chỉ số dịch vụ xã hội cơ bản, theo xã, năm và loại hộ / Households deprived in each of the 12 indicators, by commune, year and category';
COMMENT ON COLUMN mart.deprivation_commune_year.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.deprivation_commune_year.district_code IS 'Mã huyện / District code';
COMMENT ON COLUMN mart.deprivation_commune_year.commune_code IS 'Mã xã / Commune code';
COMMENT ON COLUMN mart.deprivation_commune_year.category IS 'Loại hộ: poor (hộ nghèo) hoặc near_poor (hộ cận nghèo) / Category';
COMMENT ON COLUMN mart.deprivation_commune_year.indicator_code IS 'Mã chỉ số (EMP1…INF2) / Indicator code';
COMMENT ON COLUMN mart.deprivation_commune_year.dimension IS 'Chiều thiếu hụt (việc làm, y tế, giáo dục, nhà ở, nước và vệ sinh, thông tin) / Dimension';
COMMENT ON COLUMN mart.deprivation_commune_year.indicator_name IS 'Tên chỉ số / Indicator name';
COMMENT ON COLUMN mart.deprivation_commune_year.households_deprived IS 'Số hộ thiếu hụt chỉ số này / Households deprived in it';
COMMENT ON COLUMN mart.deprivation_commune_year.households IS 'Số hộ của loại này trong xã / Households of the category in the commune';

COMMENT ON VIEW mart.support_commune_year IS 'Hỗ trợ đã thực hiện trong năm theo xã và chương trình / Support delivered by commune, year and program';
COMMENT ON COLUMN mart.support_commune_year.year IS 'Năm / Year';
COMMENT ON COLUMN mart.support_commune_year.district_code IS 'Mã huyện / District code';
COMMENT ON COLUMN mart.support_commune_year.commune_code IS 'Mã xã / Commune code';
COMMENT ON COLUMN mart.support_commune_year.program_code IS 'Mã chương trình (LOAN, TRAIN, JOB, EXPORT, HOUSE, HEALTH, LIVELIHOOD) / Program code';
COMMENT ON COLUMN mart.support_commune_year.program_name IS 'Tên chương trình / Program name';
COMMENT ON COLUMN mart.support_commune_year.beneficiaries IS 'Số hộ (lượt, người) được hỗ trợ / Beneficiaries';
COMMENT ON COLUMN mart.support_commune_year.amount_million_vnd IS 'Kinh phí, triệu đồng (NULL nếu không báo) / Amount, million VND';
