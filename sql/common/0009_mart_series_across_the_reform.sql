-- Why: BI charts a commune or a province from 2016 to today without knowing the 2025 reform
-- happened, except where the data cannot honestly be compared, which these views say.
-- mart.poverty_commune_series: one row per new commune (in force from 1 July 2025) and year.
--   From 2025: the commune's own figures. Before: the sum of the old communes it was made of,
--   when it was made only of WHOLE old units and every one of them reported that year
--   (comparable = true). A new commune that took PART of an old one is not comparable for the
--   years before: its figures are NULL, never an invented split (no shares of area or
--   population are known). Old communes no source gives a successor for (merged in early 2025)
--   keep their history in rows with no new commune, marked not comparable.
-- mart.poverty_province_series: one row per new province and year; provinces merged whole, so
--   before 2025 a new province is the sum of the old provinces that formed it; comparable when
--   every commune of the province (in that year's units) reported.
-- A version still in force is valid to 9999-12-31 on both engines (Directory.Build.props keeps
-- Npgsql from writing it as 'infinity').
CREATE VIEW mart.poverty_commune_series AS
WITH new_units AS (
    SELECT new_commune_code,
           bool_and(whole) AS all_whole,
           count(*) AS old_units,
           string_agg(old_commune_code, ',' ORDER BY old_commune_code) AS old_codes
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
    SELECT commune_code, commune_name, province_code, province_name
    FROM dw.dim_geography
    WHERE geography_key > 0 AND valid_from >= DATE '2025-07-01' AND valid_to = DATE '9999-12-31'
),
before AS (
    SELECT o.year, g.province_code, g.province_name, g.commune_code, g.commune_name,
           (u.all_whole AND o.reported = u.old_units) AS comparable,
           CASE
               WHEN NOT u.all_whole THEN 'Không so sánh được: đơn vị mới nhận một phần của xã cũ; số liệu không được chia / not comparable: formed of part of an old commune, figures are never split'
               WHEN o.reported < u.old_units THEN 'Không so sánh được: thiếu số liệu của ' || CAST(u.old_units - o.reported AS varchar) || ' xã cũ năm này / not comparable: old communes missing that year'
           END AS comparability_note,
           u.old_codes AS source_communes,
           o.total_households, o.poor_end, o.near_poor_end
    FROM old_years o
    JOIN new_units u ON u.new_commune_code = o.new_commune_code
    JOIN current_units g ON g.commune_code = o.new_commune_code
),
orphans AS (
    SELECT m.year, m.province_code, m.province_name, CAST(NULL AS text) AS commune_code, CAST(NULL AS text) AS commune_name,
           false AS comparable,
           'Không so sánh được: xã cũ ' || m.commune_code || ' (' || m.commune_name || ') sáp nhập trước cải cách, nguồn không nêu đơn vị kế thừa / not comparable: merged before the reform, successor not stated' AS comparability_note,
           m.commune_code AS source_communes,
           m.total_households, m.poor_end, m.near_poor_end
    FROM mart.poverty_commune_year m
    WHERE m.year < 2025 AND NOT EXISTS (SELECT 1 FROM dw.commune_succession s WHERE s.old_commune_code = m.commune_code)
),
series AS (
    SELECT year, province_code, province_name, commune_code, commune_name, true AS comparable, CAST(NULL AS text) AS comparability_note,
           commune_code AS source_communes, total_households, poor_end, near_poor_end
    FROM mart.poverty_commune_year WHERE year >= 2025
    UNION ALL
    SELECT year, province_code, province_name, commune_code, commune_name, comparable, comparability_note, source_communes,
           total_households, poor_end, near_poor_end
    FROM before
    UNION ALL
    SELECT year, province_code, province_name, commune_code, commune_name, comparable, comparability_note, source_communes,
           total_households, poor_end, near_poor_end
    FROM orphans
)
SELECT year, province_code, province_name, commune_code, commune_name, comparable, comparability_note, source_communes,
       CASE WHEN comparable THEN CAST(total_households AS bigint) END AS total_households,
       CASE WHEN comparable THEN CAST(poor_end AS bigint) END AS poor_end,
       CASE WHEN comparable AND total_households > 0 THEN CAST(round(100.0 * poor_end / total_households, 2) AS numeric(9,2)) END AS poor_rate_pct,
       CASE WHEN comparable THEN CAST(near_poor_end AS bigint) END AS near_poor_end,
       CASE WHEN comparable AND total_households > 0 THEN CAST(round(100.0 * near_poor_end / total_households, 2) AS numeric(9,2)) END AS near_poor_rate_pct
FROM series;

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
           sum(m.near_poor_end) AS near_poor_end
    FROM mart.poverty_commune_year m
    LEFT JOIN dw.province_succession ps ON ps.old_province_code = m.province_code AND m.year < 2025
    GROUP BY 1, 2, 3
),
names AS (
    SELECT DISTINCT province_code, province_name FROM dw.dim_geography WHERE geography_key > 0 AND valid_to = DATE '9999-12-31'
)
SELECT r.year, r.province_code, n.province_name,
       CAST(r.communes AS bigint) AS communes_reporting,
       CAST(e.communes AS bigint) AS communes_expected,
       (r.communes = e.communes) AS comparable,
       CAST(r.total_households AS bigint) AS total_households,
       CAST(r.poor_end AS bigint) AS poor_end,
       CASE WHEN r.total_households > 0 THEN CAST(round(100.0 * r.poor_end / r.total_households, 2) AS numeric(9,2)) END AS poor_rate_pct,
       CAST(r.near_poor_end AS bigint) AS near_poor_end,
       CASE WHEN r.total_households > 0 THEN CAST(round(100.0 * r.near_poor_end / r.total_households, 2) AS numeric(9,2)) END AS near_poor_rate_pct
FROM reported r
JOIN expected e ON e.era = r.era AND e.province_code = r.province_code
JOIN names n ON n.province_code = r.province_code;

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
