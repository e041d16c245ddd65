-- Why: BI at scale (issue 13). With three national years loaded (5.45 million listed households,
-- bench `--bi`), every view that counted the household list read all of it at each query:
-- measured on PostgreSQL (one full read each, the shared 2-core machine at load 15-28),
-- mart.deprivation_commune_year 194 s, deprivation_dimension_commune_year 137 s,
-- deprivation_count_commune_year 27 s, ethnicity_commune_year 20 s, poverty_commune_series 14 s,
-- poverty_commune_year, poverty_district_year and poverty_province_series 6 s each (all through
-- the persons of poverty_commune_year). Over these aggregates, the same machine as loaded (median
-- of 3): 15.2, 9.8, 1.9, 3.0, 3.3, 1.5, 1.3 and 1.1 s on PostgreSQL; 4.5, 2.9, 0.3, 0.4, 2.3,
-- 1.1, 1.4, 1.2 s on DuckDB; README, Benchmark, has CPU seconds and what is still over 1 s.
-- Aggregates of the household list, one set of rows per load (loads never change once written):
-- a load writes its own in its transaction (FileLoad), a supersede needs nothing (the views keep
-- reading only loads whose status is 'loaded', as before). Each table's content is defined once,
-- by the view beside it: the load inserts its rows `WHERE load_id = …`, this script fills them for
-- the loads already in the warehouse, and a test holds the table equal to its definition.
-- The two deprivation views sum the current loads' aggregates by integer keys, then name the
-- rows: a commune of a year has one geography key (the version in force at the year's end) and is
-- reported once a year (COMMUNE_REPORTED_ELSEWHERE is an error), so no second grouping by nine
-- text columns is needed (PostgreSQL spilled that one to disk: 3.7 s for deprivation_commune_year
-- with three national years loaded by the pipeline, 2.6 s without it, the same rows).
CREATE TABLE dw.agg_household_ethnicity (
    load_id         bigint NOT NULL,
    geography_key   integer NOT NULL,
    year_key        integer NOT NULL,
    category_key    smallint NOT NULL,
    ethnicity_key   smallint NOT NULL,
    households      bigint NOT NULL,
    members         bigint NOT NULL
);

CREATE VIEW dw.agg_household_ethnicity_definition AS
SELECT load_id, geography_key, year_key, category_key, ethnicity_key,
       CAST(count(*) AS bigint) AS households,
       CAST(sum(members) AS bigint) AS members
FROM dw.fact_household_year
GROUP BY load_id, geography_key, year_key, category_key, ethnicity_key;

CREATE TABLE dw.agg_household_deprivation_count (
    load_id             bigint NOT NULL,
    geography_key       integer NOT NULL,
    year_key            integer NOT NULL,
    category_key        smallint NOT NULL,
    deprivation_count   smallint NOT NULL,
    households          bigint NOT NULL
);

CREATE VIEW dw.agg_household_deprivation_count_definition AS
SELECT load_id, geography_key, year_key, category_key, deprivation_count,
       CAST(count(*) AS bigint) AS households
FROM dw.fact_household_year
GROUP BY load_id, geography_key, year_key, category_key, deprivation_count;

-- Households deprived in each bit of the mask: every bit of the 32-bit integer, whatever the
-- standards define today (a corrected indicator list reads these rows again, never stale); a
-- bit no household has is no row.
CREATE TABLE dw.agg_household_indicator (
    load_id             bigint NOT NULL,
    geography_key       integer NOT NULL,
    year_key            integer NOT NULL,
    category_key        smallint NOT NULL,
    bit                 smallint NOT NULL,
    households_deprived bigint NOT NULL
);

CREATE VIEW dw.agg_household_indicator_definition AS
SELECT h.load_id, h.geography_key, h.year_key, h.category_key, CAST(b.bit AS smallint) AS bit,
       CAST(count(*) AS bigint) AS households_deprived
FROM dw.fact_household_year h
CROSS JOIN generate_series(0, 31) AS b(bit)
WHERE (h.deprivations >> b.bit) & 1 = 1
GROUP BY h.load_id, h.geography_key, h.year_key, h.category_key, b.bit;

-- Each standard's dimensions as masks of the deprivation bits (0025's CTE, now read by the
-- view and the aggregate below), and the masks each year is read with.
CREATE VIEW dw.dimension_mask AS
SELECT standard_code, dimension_code, dimension_name, CAST(sum(CAST(1 AS bigint) << bit) AS bigint) AS mask
FROM dw.dim_indicator
WHERE bit >= 0
GROUP BY standard_code, dimension_code, dimension_name;

CREATE VIEW dw.year_dimension_mask AS
SELECT y.year_key, d.standard_code, d.dimension_code, d.dimension_name, d.mask
FROM dw.dim_year y
JOIN dw.dimension_mask d ON d.standard_code = y.standard_code;

-- Households deprived in at least one indicator of each dimension of the year's standard: this
-- one rests on the reference data (which indicators form a dimension, which standard a year
-- has), so the masks it was computed with are kept beside it and the reference sync computes it
-- again, in its transaction, when they are no longer the year's (Decree 351's list is provisional).
CREATE TABLE dw.agg_household_dimension (
    load_id             bigint NOT NULL,
    geography_key       integer NOT NULL,
    year_key            integer NOT NULL,
    category_key        smallint NOT NULL,
    standard_code       text NOT NULL,
    dimension_code      text NOT NULL,
    dimension_name      text NOT NULL,
    households_deprived bigint NOT NULL
);

CREATE VIEW dw.agg_household_dimension_definition AS
SELECT h.load_id, h.geography_key, h.year_key, h.category_key, d.standard_code, d.dimension_code, d.dimension_name,
       CAST(sum(CASE WHEN (CAST(h.deprivations AS bigint) & d.mask) <> 0 THEN 1 ELSE 0 END) AS bigint) AS households_deprived
FROM dw.fact_household_year h
JOIN dw.year_dimension_mask d ON d.year_key = h.year_key
GROUP BY h.load_id, h.geography_key, h.year_key, h.category_key, d.standard_code, d.dimension_code, d.dimension_name;

CREATE TABLE dw.agg_household_dimension_basis (
    year_key        integer NOT NULL,
    standard_code   text NOT NULL,
    dimension_code  text NOT NULL,
    dimension_name  text NOT NULL,
    mask            bigint NOT NULL
);

INSERT INTO dw.agg_household_ethnicity SELECT * FROM dw.agg_household_ethnicity_definition;
INSERT INTO dw.agg_household_deprivation_count SELECT * FROM dw.agg_household_deprivation_count_definition;
INSERT INTO dw.agg_household_indicator SELECT * FROM dw.agg_household_indicator_definition;
INSERT INTO dw.agg_household_dimension SELECT * FROM dw.agg_household_dimension_definition;
INSERT INTO dw.agg_household_dimension_basis SELECT * FROM dw.year_dimension_mask;

-- The views, made again over the aggregates: same columns, names, order, types and rows. CREATE
-- OR REPLACE keeps the views that read poverty_commune_year (district, series) and the grants.
CREATE OR REPLACE VIEW mart.poverty_commune_year AS
WITH persons AS (
    SELECT h.load_id, h.geography_key, h.year_key,
           sum(CASE WHEN c.category_code = 'poor' THEN h.members ELSE 0 END) AS poor_persons,
           sum(CASE WHEN c.category_code = 'near_poor' THEN h.members ELSE 0 END) AS near_poor_persons
    FROM dw.agg_household_ethnicity h
    JOIN etl.file_load hl ON hl.load_id = h.load_id AND hl.status = 'loaded'
    JOIN dw.dim_category c ON c.category_key = h.category_key
    GROUP BY h.load_id, h.geography_key, h.year_key
),
listed AS (
    -- Loads that brought a household list: their communes' persons are counted, 0 where none is listed.
    SELECT DISTINCT load_id FROM persons
)
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
    dw.rate_pct(f.poor_end, f.total_households) AS poor_rate_pct,
    f.near_poor_start,
    f.near_poor_escaped,
    f.near_poor_new,
    f.near_poor_end,
    dw.rate_pct(f.near_poor_end, f.total_households) AS near_poor_rate_pct,
    f.poor_ethnic_minority_end,
    f.poor_no_labour_end,
    f.load_id,
    g.district_type,
    g.commune_type,
    g.province_display_name,
    g.district_display_name,
    g.commune_display_name,
    f.near_poor_no_labour_end,
    CASE WHEN li.load_id IS NOT NULL THEN CAST(coalesce(p.poor_persons, 0) AS bigint) END AS poor_persons_end,
    CASE WHEN li.load_id IS NOT NULL THEN CAST(coalesce(p.near_poor_persons, 0) AS bigint) END AS near_poor_persons_end
FROM dw.fact_commune_year f
JOIN etl.file_load l ON l.load_id = f.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = f.geography_key
JOIN dw.dim_year y ON y.year_key = f.year_key
LEFT JOIN listed li ON li.load_id = f.load_id
LEFT JOIN persons p ON p.load_id = f.load_id AND p.geography_key = f.geography_key AND p.year_key = f.year_key;

CREATE OR REPLACE VIEW mart.ethnicity_commune_year AS
SELECT
    y.year,
    g.district_code,
    g.commune_code,
    c.category_code AS category,
    e.ethnicity_code,
    e.ethnicity_name,
    CAST(sum(h.households) AS bigint) AS households,
    g.province_code
FROM dw.agg_household_ethnicity h
JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_category c ON c.category_key = h.category_key
JOIN dw.dim_ethnicity e ON e.ethnicity_key = h.ethnicity_key
GROUP BY y.year, g.district_code, g.commune_code, c.category_code, e.ethnicity_code, e.ethnicity_name, g.province_code;

-- Every indicator (dimension) of the year's standard gets a row where the commune has households
-- of the category, 0 deprived when no household is: the households of the current loads, each
-- with the indicators (dimensions) of its year, and the deprived among them where any.
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

CREATE OR REPLACE VIEW mart.deprivation_count_commune_year AS
SELECT
    y.year,
    g.province_code,
    g.district_code,
    g.commune_code,
    s.standard_code,
    c.category_code AS category,
    CAST(h.deprivation_count AS integer) AS deprivations,
    CAST(sum(h.households) AS bigint) AS households
FROM dw.agg_household_deprivation_count h
JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_standard s ON s.standard_code = y.standard_code
JOIN dw.dim_category c ON c.category_key = h.category_key
GROUP BY y.year, g.province_code, g.district_code, g.commune_code, s.standard_code, c.category_code, h.deprivation_count;

-- Made again, the views are commented again (DuckDB forgets a replaced view's comments).
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
COMMENT ON COLUMN mart.poverty_commune_year.district_type IS 'Loại đơn vị cấp huyện: quận, huyện, thị xã, thành phố (NULL từ 01/07/2025) / District type (NULL from 1 July 2025)';
COMMENT ON COLUMN mart.poverty_commune_year.commune_type IS 'Loại đơn vị cấp xã: xã, phường, thị trấn, đặc khu / Commune type';
COMMENT ON COLUMN mart.poverty_commune_year.province_display_name IS 'Tên tỉnh kèm loại: Tỉnh Trà Vinh, Thành phố Hà Nội / Province name with its type word';
COMMENT ON COLUMN mart.poverty_commune_year.district_display_name IS 'Tên huyện kèm loại: Huyện Duyên Hải, Thị xã Duyên Hải / District name with its type word';
COMMENT ON COLUMN mart.poverty_commune_year.commune_display_name IS 'Tên xã kèm loại: Phường Trà Vinh, Thị trấn Định An, Phường 4 / Commune name with its type word';
COMMENT ON COLUMN mart.poverty_commune_year.near_poor_no_labour_end IS 'Hộ cận nghèo không có khả năng lao động (NULL nếu báo cáo không ghi) / Near-poor households with no labour (NULL when not reported)';
COMMENT ON COLUMN mart.poverty_commune_year.poor_persons_end IS 'Số nhân khẩu của các hộ nghèo trong danh sách hộ (NULL nếu tệp không có danh sách) / Persons in poor households of the household list (NULL when the file had no list)';
COMMENT ON COLUMN mart.poverty_commune_year.near_poor_persons_end IS 'Số nhân khẩu của các hộ cận nghèo trong danh sách hộ (NULL nếu tệp không có danh sách) / Persons in near-poor households of the household list (NULL when the file had no list)';
COMMENT ON VIEW mart.ethnicity_commune_year IS 'Số hộ nghèo, cận nghèo theo dân tộc của chủ hộ, theo xã và năm / Poor and near-poor households by the head''s ethnicity, commune and year';
COMMENT ON COLUMN mart.ethnicity_commune_year.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.ethnicity_commune_year.district_code IS 'Mã huyện / District code';
COMMENT ON COLUMN mart.ethnicity_commune_year.commune_code IS 'Mã xã / Commune code';
COMMENT ON COLUMN mart.ethnicity_commune_year.category IS 'Loại hộ: poor hoặc near_poor / Category';
COMMENT ON COLUMN mart.ethnicity_commune_year.ethnicity_code IS 'Mã dân tộc (01 Kinh, 04 Hoa, 05 Khmer…) / Ethnicity code';
COMMENT ON COLUMN mart.ethnicity_commune_year.ethnicity_name IS 'Tên dân tộc / Ethnicity';
COMMENT ON COLUMN mart.ethnicity_commune_year.households IS 'Số hộ / Households';
COMMENT ON COLUMN mart.ethnicity_commune_year.province_code IS 'Mã tỉnh / Province code';
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
