-- Why: numbers a provincial statistician can sign (issue "Numbers a provincial statistician can
-- sign"). The mart views are dropped and made again (views depend on views: series and district
-- on the commune view) so that:
-- - every rate is exact and the same on both engines: dw.rate_pct (duckdb/0030, postgres/0031),
--   100 × part / whole half up to 2 places in integers / numeric, never a double;
-- - the series across the 2025 reform are honest at every edge: the 441 communes merged in early
--   2025 reach the new units through their absorber (dw.commune_succession.via_commune_code),
--   a series resting on a `medium`-confidence merger says so in comparability_note, and a row
--   that is not comparable shows NULL figures in every series view, the province series too;
-- - units are told apart: district_type, commune_type and display names with the real type word
--   ("Huyện Duyên Hải" 850, "Thị xã Duyên Hải" 851), carried by the geography dimension (type 2,
--   filled by the product from the reference data), and the district and province views group
--   by codes, never names;
-- - what decisions publish: near_poor_no_labour_end, persons in poor and near-poor households
--   (from the household list: NULL when the file had none), province_code on every view of these
--   migrations, the unit of support beneficiaries (households, turns or persons).
-- Contract columns keep their names and order; every new column is at the end of its view.
-- A standard_code column (dw.dim_standard) can be added to the series views by joining their
-- year, which every branch of the series carries.
ALTER TABLE dw.dim_geography ADD COLUMN district_type text;
ALTER TABLE dw.dim_geography ADD COLUMN province_type text;
ALTER TABLE dw.dim_geography ADD COLUMN province_display_name text;
ALTER TABLE dw.dim_geography ADD COLUMN district_display_name text;
ALTER TABLE dw.dim_geography ADD COLUMN commune_display_name text;
UPDATE dw.dim_geography SET province_display_name = province_name, commune_display_name = commune_name WHERE geography_key = 0;

ALTER TABLE dw.commune_succession ADD COLUMN via_confidence text;
ALTER TABLE dw.commune_succession ADD COLUMN via_note text;

ALTER TABLE dw.fact_commune_year ADD COLUMN near_poor_no_labour_end bigint;
ALTER TABLE dw.fact_support_year ADD COLUMN beneficiary_unit text;

DROP VIEW mart.poverty_commune_series;
DROP VIEW mart.poverty_province_series;
DROP VIEW mart.poverty_district_year;
DROP VIEW mart.poverty_commune_year;
DROP VIEW mart.support_commune_year;
DROP VIEW mart.ethnicity_commune_year;

CREATE VIEW mart.poverty_commune_year AS
WITH persons AS (
    SELECT h.load_id, h.geography_key, h.year_key,
           sum(CASE WHEN c.category_code = 'poor' THEN h.members ELSE 0 END) AS poor_persons,
           sum(CASE WHEN c.category_code = 'near_poor' THEN h.members ELSE 0 END) AS near_poor_persons
    FROM dw.fact_household_year h
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

-- Grouped by codes: two districts of one name (Duyên Hải 850 and 851) stay two rows. A sum of
-- an optional figure is given only when every commune gave it (a partial sum is not the district's).
CREATE VIEW mart.poverty_district_year AS
SELECT
    year,
    province_code,
    min(province_name) AS province_name,
    district_code,
    min(district_name) AS district_name,
    CAST(count(*) AS bigint) AS communes,
    CAST(sum(total_households) AS bigint) AS total_households,
    CAST(sum(poor_start) AS bigint) AS poor_start,
    CAST(sum(poor_escaped) AS bigint) AS poor_escaped,
    CAST(sum(poor_new) AS bigint) AS poor_new,
    CAST(sum(poor_returned) AS bigint) AS poor_returned,
    CAST(sum(poor_end) AS bigint) AS poor_end,
    dw.rate_pct(sum(poor_end), sum(total_households)) AS poor_rate_pct,
    CAST(sum(near_poor_end) AS bigint) AS near_poor_end,
    dw.rate_pct(sum(near_poor_end), sum(total_households)) AS near_poor_rate_pct,
    min(district_type) AS district_type,
    min(province_display_name) AS province_display_name,
    min(district_display_name) AS district_display_name,
    CASE WHEN count(near_poor_no_labour_end) = count(*) THEN CAST(sum(near_poor_no_labour_end) AS bigint) END AS near_poor_no_labour_end,
    CASE WHEN count(poor_persons_end) = count(*) THEN CAST(sum(poor_persons_end) AS bigint) END AS poor_persons_end,
    CASE WHEN count(near_poor_persons_end) = count(*) THEN CAST(sum(near_poor_persons_end) AS bigint) END AS near_poor_persons_end
FROM mart.poverty_commune_year
GROUP BY year, province_code, district_code;

CREATE VIEW mart.support_commune_year AS
SELECT
    y.year,
    g.district_code,
    g.commune_code,
    p.program_code,
    p.program_name,
    s.beneficiaries,
    s.amount_million_vnd,
    g.province_code,
    s.beneficiary_unit
FROM dw.fact_support_year s
JOIN etl.file_load l ON l.load_id = s.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = s.geography_key
JOIN dw.dim_year y ON y.year_key = s.year_key
JOIN dw.dim_program p ON p.program_key = s.program_key;

CREATE VIEW mart.ethnicity_commune_year AS
SELECT
    y.year,
    g.district_code,
    g.commune_code,
    c.category_code AS category,
    e.ethnicity_code,
    e.ethnicity_name,
    CAST(count(*) AS bigint) AS households,
    g.province_code
FROM dw.fact_household_year h
JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'
JOIN dw.dim_geography g ON g.geography_key = h.geography_key
JOIN dw.dim_year y ON y.year_key = h.year_key
JOIN dw.dim_category c ON c.category_key = h.category_key
JOIN dw.dim_ethnicity e ON e.ethnicity_key = h.ethnicity_key
GROUP BY y.year, g.district_code, g.commune_code, c.category_code, e.ethnicity_code, e.ethnicity_name, g.province_code;

-- One row per new commune (in force from 1 July 2025) and year. From 2025: the commune's own
-- figures. Before: the sum of the old communes it was made of (through their early-2025
-- absorber where they were merged in December 2024 – February 2025), comparable when it was made
-- only of WHOLE old units and every one of them reported that year. Not comparable: NULL
-- figures, never an invented split. An old commune with no successor at all keeps its history
-- in rows with no new commune, not comparable.
CREATE VIEW mart.poverty_commune_series AS
WITH new_units AS (
    SELECT new_commune_code,
           bool_and(whole) AS all_whole,
           count(*) AS old_units,
           string_agg(old_commune_code, ',' ORDER BY old_commune_code) AS old_codes,
           string_agg(CASE WHEN via_confidence = 'medium' THEN old_commune_code || ' → ' || via_commune_code || coalesce(': ' || via_note, '') END, '; ' ORDER BY old_commune_code) AS uncertain_steps
    FROM dw.commune_succession
    GROUP BY new_commune_code
),
old_years AS (
    SELECT s.new_commune_code, m.year,
           count(*) AS reported,
           sum(m.total_households) AS total_households,
           sum(m.poor_end) AS poor_end,
           sum(m.near_poor_end) AS near_poor_end
    FROM dw.commune_succession s
    JOIN mart.poverty_commune_year m ON m.commune_code = s.old_commune_code AND m.year < 2025
    GROUP BY s.new_commune_code, m.year
),
current_units AS (
    SELECT commune_code, commune_name, commune_type, commune_display_name, province_code, province_name, province_display_name
    FROM dw.dim_geography
    WHERE geography_key > 0 AND valid_from >= DATE '2025-07-01' AND valid_to = DATE '9999-12-31'
),
before AS (
    SELECT o.year, g.province_code, g.province_name, g.commune_code, g.commune_name,
           (u.all_whole AND o.reported = u.old_units) AS comparable,
           CASE
               WHEN NOT u.all_whole THEN 'Không so sánh được: đơn vị mới nhận một phần của xã cũ; số liệu không được chia / not comparable: formed of part of an old commune, figures are never split'
               WHEN o.reported < u.old_units THEN 'Không so sánh được: thiếu số liệu của ' || CAST(u.old_units - o.reported AS varchar) || ' xã cũ năm này / not comparable: old communes missing that year'
               WHEN u.uncertain_steps IS NOT NULL THEN 'So sánh được, nhưng dựa trên sáp nhập đầu năm 2025 có độ tin cậy trung bình (' || u.uncertain_steps || ', xem config/reference/admin_merges_2025_early.csv) / comparable, but rests on an early-2025 merger of medium confidence'
           END AS comparability_note,
           u.old_codes AS source_communes,
           o.total_households, o.poor_end, o.near_poor_end,
           g.province_display_name, g.commune_type, g.commune_display_name
    FROM old_years o
    JOIN new_units u ON u.new_commune_code = o.new_commune_code
    JOIN current_units g ON g.commune_code = o.new_commune_code
),
orphans AS (
    SELECT m.year, m.province_code, m.province_name, CAST(NULL AS text) AS commune_code, CAST(NULL AS text) AS commune_name,
           false AS comparable,
           'Không so sánh được: ' || m.commune_display_name || ' (' || m.commune_code || ') không có đơn vị kế thừa trong dữ liệu tham chiếu / not comparable: no successor in the reference data' AS comparability_note,
           m.commune_code AS source_communes,
           m.total_households, m.poor_end, m.near_poor_end,
           m.province_display_name, CAST(NULL AS text) AS commune_type, CAST(NULL AS text) AS commune_display_name
    FROM mart.poverty_commune_year m
    WHERE m.year < 2025 AND NOT EXISTS (SELECT 1 FROM dw.commune_succession s WHERE s.old_commune_code = m.commune_code)
),
series AS (
    SELECT year, province_code, province_name, commune_code, commune_name, true AS comparable, CAST(NULL AS text) AS comparability_note,
           commune_code AS source_communes, total_households, poor_end, near_poor_end,
           province_display_name, commune_type, commune_display_name
    FROM mart.poverty_commune_year WHERE year >= 2025
    UNION ALL
    SELECT year, province_code, province_name, commune_code, commune_name, comparable, comparability_note, source_communes,
           total_households, poor_end, near_poor_end, province_display_name, commune_type, commune_display_name
    FROM before
    UNION ALL
    SELECT year, province_code, province_name, commune_code, commune_name, comparable, comparability_note, source_communes,
           total_households, poor_end, near_poor_end, province_display_name, commune_type, commune_display_name
    FROM orphans
)
SELECT year, province_code, province_name, commune_code, commune_name, comparable, comparability_note, source_communes,
       CASE WHEN comparable THEN CAST(total_households AS bigint) END AS total_households,
       CASE WHEN comparable THEN CAST(poor_end AS bigint) END AS poor_end,
       CASE WHEN comparable THEN dw.rate_pct(poor_end, total_households) END AS poor_rate_pct,
       CASE WHEN comparable THEN CAST(near_poor_end AS bigint) END AS near_poor_end,
       CASE WHEN comparable THEN dw.rate_pct(near_poor_end, total_households) END AS near_poor_rate_pct,
       province_display_name, commune_type, commune_display_name
FROM series;

-- One row per new province and year; provinces merged whole, so before 2025 a new province is
-- the sum of the old provinces that formed it; comparable when every commune of the province
-- (in that year's units) reported, and only then are figures shown. Grouped by codes; names
-- from the units in force.
CREATE VIEW mart.poverty_province_series AS
WITH expected AS (
    SELECT CASE WHEN g.valid_from >= DATE '2025-07-01' THEN 'after' ELSE 'before' END AS era,
           coalesce(ps.new_province_code, g.province_code) AS province_code,
           count(*) AS communes
    FROM dw.dim_geography g
    LEFT JOIN dw.province_succession ps ON ps.old_province_code = g.province_code AND g.valid_to < DATE '2025-07-01'
    WHERE g.geography_key > 0 AND (g.valid_to = DATE '2025-06-30' OR g.valid_to = DATE '9999-12-31')
    GROUP BY 1, 2
),
reported AS (
    SELECT m.year, CASE WHEN m.year >= 2025 THEN 'after' ELSE 'before' END AS era,
           CASE WHEN m.year >= 2025 THEN m.province_code ELSE ps.new_province_code END AS province_code,
           count(*) AS communes,
           sum(m.total_households) AS total_households,
           sum(m.poor_end) AS poor_end,
           sum(m.near_poor_end) AS near_poor_end,
           CASE WHEN count(m.near_poor_no_labour_end) = count(*) THEN sum(m.near_poor_no_labour_end) END AS near_poor_no_labour_end
    FROM mart.poverty_commune_year m
    LEFT JOIN dw.province_succession ps ON ps.old_province_code = m.province_code AND m.year < 2025
    GROUP BY 1, 2, 3
),
names AS (
    SELECT province_code, min(province_name) AS province_name, min(province_display_name) AS province_display_name
    FROM dw.dim_geography WHERE geography_key > 0 AND valid_to = DATE '9999-12-31'
    GROUP BY province_code
),
rows AS (
    SELECT r.*, e.communes AS expected_communes, (r.communes = e.communes) AS comparable
    FROM reported r
    JOIN expected e ON e.era = r.era AND e.province_code = r.province_code
)
SELECT r.year, r.province_code, n.province_name,
       CAST(r.communes AS bigint) AS communes_reporting,
       CAST(r.expected_communes AS bigint) AS communes_expected,
       r.comparable,
       CASE WHEN r.comparable THEN CAST(r.total_households AS bigint) END AS total_households,
       CASE WHEN r.comparable THEN CAST(r.poor_end AS bigint) END AS poor_end,
       CASE WHEN r.comparable THEN dw.rate_pct(r.poor_end, r.total_households) END AS poor_rate_pct,
       CASE WHEN r.comparable THEN CAST(r.near_poor_end AS bigint) END AS near_poor_end,
       CASE WHEN r.comparable THEN dw.rate_pct(r.near_poor_end, r.total_households) END AS near_poor_rate_pct,
       n.province_display_name,
       CASE WHEN NOT r.comparable THEN 'Không so sánh được: ' || CAST(r.communes AS varchar) || ' trên ' || CAST(r.expected_communes AS varchar) || ' xã có số liệu năm này; số liệu không được hiển thị / not comparable: not every commune reported that year, figures withheld' END AS comparability_note,
       CASE WHEN r.comparable THEN CAST(r.near_poor_no_labour_end AS bigint) END AS near_poor_no_labour_end
FROM rows r
JOIN names n ON n.province_code = r.province_code;

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
COMMENT ON VIEW mart.support_commune_year IS 'Hỗ trợ đã thực hiện trong năm theo xã và chương trình / Support delivered by commune, year and program';
COMMENT ON COLUMN mart.support_commune_year.year IS 'Năm / Year';
COMMENT ON COLUMN mart.support_commune_year.district_code IS 'Mã huyện / District code';
COMMENT ON COLUMN mart.support_commune_year.commune_code IS 'Mã xã / Commune code';
COMMENT ON COLUMN mart.support_commune_year.program_code IS 'Mã chương trình (LOAN, TRAIN, JOB, EXPORT, HOUSE, HEALTH, LIVELIHOOD) / Program code';
COMMENT ON COLUMN mart.support_commune_year.program_name IS 'Tên chương trình / Program name';
COMMENT ON COLUMN mart.support_commune_year.beneficiaries IS 'Số hộ (lượt, người) được hỗ trợ / Beneficiaries';
COMMENT ON COLUMN mart.support_commune_year.amount_million_vnd IS 'Kinh phí, triệu đồng (NULL nếu không báo) / Amount, million VND';
COMMENT ON VIEW mart.ethnicity_commune_year IS 'Số hộ nghèo, cận nghèo theo dân tộc của chủ hộ, theo xã và năm / Poor and near-poor households by the head''s ethnicity, commune and year';
COMMENT ON COLUMN mart.ethnicity_commune_year.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.ethnicity_commune_year.district_code IS 'Mã huyện / District code';
COMMENT ON COLUMN mart.ethnicity_commune_year.commune_code IS 'Mã xã / Commune code';
COMMENT ON COLUMN mart.ethnicity_commune_year.category IS 'Loại hộ: poor hoặc near_poor / Category';
COMMENT ON COLUMN mart.ethnicity_commune_year.ethnicity_code IS 'Mã dân tộc (01 Kinh, 04 Hoa, 05 Khmer…) / Ethnicity code';
COMMENT ON COLUMN mart.ethnicity_commune_year.ethnicity_name IS 'Tên dân tộc / Ethnicity';
COMMENT ON COLUMN mart.ethnicity_commune_year.households IS 'Số hộ / Households';
COMMENT ON VIEW mart.poverty_commune_series IS 'Chuỗi số liệu theo xã mới (từ 01/07/2025) qua mọi năm: trước 2025 là tổng các xã cũ hợp thành khi so sánh được; xã nhận một phần xã cũ thì không so sánh được (NULL) / Series by new commune across the 2025 reform; NULL where not comparable';
COMMENT ON COLUMN mart.poverty_commune_series.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.poverty_commune_series.province_code IS 'Mã tỉnh mới (34 tỉnh) / New province code';
COMMENT ON COLUMN mart.poverty_commune_series.province_name IS 'Tên tỉnh mới / New province name';
COMMENT ON COLUMN mart.poverty_commune_series.commune_code IS 'Mã xã mới; NULL cho xã cũ không rõ đơn vị kế thừa / New commune code; NULL for an old commune with no stated successor';
COMMENT ON COLUMN mart.poverty_commune_series.commune_name IS 'Tên xã mới / New commune name';
COMMENT ON COLUMN mart.poverty_commune_series.comparable IS 'So sánh được với các năm khác (true) hay không (false) / Whether the figures compare with other years';
COMMENT ON COLUMN mart.poverty_commune_series.comparability_note IS 'Lý do không so sánh được / Why not comparable';
COMMENT ON COLUMN mart.poverty_commune_series.source_communes IS 'Mã các xã cũ hợp thành (trước 2025) hoặc chính xã (từ 2025) / Old communes summed (before 2025) or the commune itself';
COMMENT ON COLUMN mart.poverty_commune_series.total_households IS 'Tổng số hộ (NULL nếu không so sánh được) / Households';
COMMENT ON COLUMN mart.poverty_commune_series.poor_end IS 'Hộ nghèo cuối kỳ / Poor households at year end';
COMMENT ON COLUMN mart.poverty_commune_series.poor_rate_pct IS 'Tỷ lệ hộ nghèo (%) / Poverty rate (%)';
COMMENT ON COLUMN mart.poverty_commune_series.near_poor_end IS 'Hộ cận nghèo cuối kỳ / Near-poor households at year end';
COMMENT ON COLUMN mart.poverty_commune_series.near_poor_rate_pct IS 'Tỷ lệ hộ cận nghèo (%) / Near-poverty rate (%)';
COMMENT ON VIEW mart.poverty_province_series IS 'Chuỗi số liệu theo tỉnh mới (34 tỉnh) qua mọi năm: trước 2025 là tổng các tỉnh cũ hợp nhất / Series by new province across the 2025 reform';
COMMENT ON COLUMN mart.poverty_province_series.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.poverty_province_series.province_code IS 'Mã tỉnh mới / New province code';
COMMENT ON COLUMN mart.poverty_province_series.province_name IS 'Tên tỉnh mới / New province name';
COMMENT ON COLUMN mart.poverty_province_series.communes_reporting IS 'Số xã có số liệu năm này / Communes with figures that year';
COMMENT ON COLUMN mart.poverty_province_series.communes_expected IS 'Số xã của tỉnh theo đơn vị hành chính năm đó / Communes of the province in that year''s units';
COMMENT ON COLUMN mart.poverty_province_series.comparable IS 'Đủ mọi xã (true) thì so sánh được giữa các năm / True when every commune reported';
COMMENT ON COLUMN mart.poverty_province_series.total_households IS 'Tổng số hộ / Households';
COMMENT ON COLUMN mart.poverty_province_series.poor_end IS 'Hộ nghèo cuối kỳ / Poor households at year end';
COMMENT ON COLUMN mart.poverty_province_series.poor_rate_pct IS 'Tỷ lệ hộ nghèo (%) / Poverty rate (%)';
COMMENT ON COLUMN mart.poverty_province_series.near_poor_end IS 'Hộ cận nghèo cuối kỳ / Near-poor households at year end';
COMMENT ON COLUMN mart.poverty_province_series.near_poor_rate_pct IS 'Tỷ lệ hộ cận nghèo (%) / Near-poverty rate (%)';

COMMENT ON VIEW mart.poverty_district_year IS 'Hộ nghèo, hộ cận nghèo theo huyện và năm (cộng từ các xã, nhóm theo mã: hai huyện cùng tên là hai dòng) / Poor and near-poor households by district and year, grouped by codes';
COMMENT ON COLUMN mart.poverty_commune_year.district_type IS 'Loại đơn vị cấp huyện: quận, huyện, thị xã, thành phố (NULL từ 01/07/2025) / District type (NULL from 1 July 2025)';
COMMENT ON COLUMN mart.poverty_commune_year.commune_type IS 'Loại đơn vị cấp xã: xã, phường, thị trấn, đặc khu / Commune type';
COMMENT ON COLUMN mart.poverty_commune_year.province_display_name IS 'Tên tỉnh kèm loại: Tỉnh Trà Vinh, Thành phố Hà Nội / Province name with its type word';
COMMENT ON COLUMN mart.poverty_commune_year.district_display_name IS 'Tên huyện kèm loại: Huyện Duyên Hải, Thị xã Duyên Hải / District name with its type word';
COMMENT ON COLUMN mart.poverty_commune_year.commune_display_name IS 'Tên xã kèm loại: Phường Trà Vinh, Thị trấn Định An, Phường 4 / Commune name with its type word';
COMMENT ON COLUMN mart.poverty_commune_year.near_poor_no_labour_end IS 'Hộ cận nghèo không có khả năng lao động (NULL nếu báo cáo không ghi) / Near-poor households with no labour (NULL when not reported)';
COMMENT ON COLUMN mart.poverty_commune_year.poor_persons_end IS 'Số nhân khẩu của các hộ nghèo trong danh sách hộ (NULL nếu tệp không có danh sách) / Persons in poor households of the household list (NULL when the file had no list)';
COMMENT ON COLUMN mart.poverty_commune_year.near_poor_persons_end IS 'Số nhân khẩu của các hộ cận nghèo trong danh sách hộ (NULL nếu tệp không có danh sách) / Persons in near-poor households of the household list (NULL when the file had no list)';
COMMENT ON COLUMN mart.poverty_district_year.district_type IS 'Loại đơn vị cấp huyện: quận, huyện, thị xã, thành phố / District type';
COMMENT ON COLUMN mart.poverty_district_year.province_display_name IS 'Tên tỉnh kèm loại / Province name with its type word';
COMMENT ON COLUMN mart.poverty_district_year.district_display_name IS 'Tên huyện kèm loại: Huyện Duyên Hải, Thị xã Duyên Hải / District name with its type word';
COMMENT ON COLUMN mart.poverty_district_year.near_poor_no_labour_end IS 'Hộ cận nghèo không có khả năng lao động (NULL nếu có xã không ghi) / Near-poor households with no labour (NULL when a commune did not report it)';
COMMENT ON COLUMN mart.poverty_district_year.poor_persons_end IS 'Số nhân khẩu hộ nghèo (NULL nếu có xã không có danh sách hộ) / Persons in poor households (NULL when a commune had no household list)';
COMMENT ON COLUMN mart.poverty_district_year.near_poor_persons_end IS 'Số nhân khẩu hộ cận nghèo (NULL nếu có xã không có danh sách hộ) / Persons in near-poor households (NULL when a commune had no household list)';
COMMENT ON COLUMN mart.support_commune_year.province_code IS 'Mã tỉnh / Province code';
COMMENT ON COLUMN mart.support_commune_year.beneficiary_unit IS 'Đơn vị của số đối tượng theo tiêu đề cột: households (Số hộ được hỗ trợ), turns (Số lượt), persons (Số người); chỉ cộng các dòng cùng đơn vị / Unit of beneficiaries by the column header; sum only lines of one unit';
COMMENT ON COLUMN mart.ethnicity_commune_year.province_code IS 'Mã tỉnh / Province code';
COMMENT ON COLUMN mart.poverty_commune_series.province_display_name IS 'Tên tỉnh mới kèm loại / New province name with its type word';
COMMENT ON COLUMN mart.poverty_commune_series.commune_type IS 'Loại xã mới: xã, phường, đặc khu / New commune type';
COMMENT ON COLUMN mart.poverty_commune_series.commune_display_name IS 'Tên xã mới kèm loại: Phường Trà Vinh / New commune name with its type word';
COMMENT ON COLUMN mart.poverty_commune_series.comparability_note IS 'Lý do không so sánh được, hoặc lưu ý khi chuỗi dựa trên sáp nhập đầu 2025 có độ tin cậy trung bình / Why not comparable, or that the series rests on an early-2025 merger of medium confidence';
COMMENT ON COLUMN mart.poverty_province_series.province_display_name IS 'Tên tỉnh mới kèm loại / New province name with its type word';
COMMENT ON COLUMN mart.poverty_province_series.comparability_note IS 'Lý do không so sánh được (số liệu NULL) / Why not comparable (figures NULL)';
COMMENT ON COLUMN mart.poverty_province_series.near_poor_no_labour_end IS 'Hộ cận nghèo không có khả năng lao động (NULL nếu không so sánh được hoặc có xã không ghi) / Near-poor households with no labour';
COMMENT ON COLUMN mart.poverty_province_series.total_households IS 'Tổng số hộ (NULL nếu không so sánh được) / Households (NULL when not comparable)';
