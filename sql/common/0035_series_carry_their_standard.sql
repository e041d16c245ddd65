-- Why: a series must never compare two standards silently (issue: numbers a statistician can
-- sign). The series views gain, at the end, the standard each year was reviewed under
-- (`standard_code`, from dw.dim_standard) and `standard_note` on the first year of a standard
-- that follows another (2022: QĐ 59/2015 → Nghị định 07/2021; 2027: → Nghị định 351/2025).
-- Their bodies are 0032's otherwise; views are dropped and made again, so comments are given again.
DROP VIEW mart.poverty_commune_series;
DROP VIEW mart.poverty_province_series;

-- The standard each review year is judged by, and a note on the first year of a standard that
-- follows another: a series goes on there, but its counts change meaning. One definition, read
-- by both series views.
CREATE VIEW dw.year_standard AS
SELECT y.year, y.standard_code,
       CASE WHEN prev.standard_code IS NOT NULL AND prev.standard_code <> y.standard_code THEN
           'Chuẩn nghèo đổi từ ' || before_s.standard_name || ' sang ' || this_s.standard_name || ' năm này: không so sánh trực tiếp với năm trước / the poverty standard changed this year: not directly comparable with the year before'
       END AS standard_note
FROM dw.dim_year y
JOIN dw.dim_standard this_s ON this_s.standard_code = y.standard_code
LEFT JOIN dw.dim_year prev ON prev.year = y.year - 1
LEFT JOIN dw.dim_standard before_s ON before_s.standard_code = prev.standard_code;

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
SELECT s.year, s.province_code, s.province_name, s.commune_code, s.commune_name, s.comparable, s.comparability_note, s.source_communes,
       CASE WHEN s.comparable THEN CAST(s.total_households AS bigint) END AS total_households,
       CASE WHEN s.comparable THEN CAST(s.poor_end AS bigint) END AS poor_end,
       CASE WHEN s.comparable THEN dw.rate_pct(s.poor_end, s.total_households) END AS poor_rate_pct,
       CASE WHEN s.comparable THEN CAST(s.near_poor_end AS bigint) END AS near_poor_end,
       CASE WHEN s.comparable THEN dw.rate_pct(s.near_poor_end, s.total_households) END AS near_poor_rate_pct,
       s.province_display_name, s.commune_type, s.commune_display_name,
       st.standard_code,
       st.standard_note
FROM series s
LEFT JOIN dw.year_standard st ON st.year = s.year;

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
       CASE WHEN r.comparable THEN CAST(r.near_poor_no_labour_end AS bigint) END AS near_poor_no_labour_end,
       st.standard_code,
       st.standard_note
FROM rows r
JOIN names n ON n.province_code = r.province_code
LEFT JOIN dw.year_standard st ON st.year = r.year;

COMMENT ON VIEW mart.poverty_commune_series IS 'Chuỗi số liệu theo xã mới (từ 01/07/2025) qua mọi năm: trước 2025 là tổng các xã cũ hợp thành khi so sánh được; xã nhận một phần xã cũ thì không so sánh được (NULL) / Series by new commune across the 2025 reform; NULL where not comparable';
COMMENT ON COLUMN mart.poverty_commune_series.year IS 'Năm rà soát / Year';
COMMENT ON COLUMN mart.poverty_commune_series.province_code IS 'Mã tỉnh mới (34 tỉnh) / New province code';
COMMENT ON COLUMN mart.poverty_commune_series.province_name IS 'Tên tỉnh mới / New province name';
COMMENT ON COLUMN mart.poverty_commune_series.commune_code IS 'Mã xã mới; NULL cho xã cũ không rõ đơn vị kế thừa / New commune code; NULL for an old commune with no stated successor';
COMMENT ON COLUMN mart.poverty_commune_series.commune_name IS 'Tên xã mới / New commune name';
COMMENT ON COLUMN mart.poverty_commune_series.comparable IS 'So sánh được với các năm khác (true) hay không (false) / Whether the figures compare with other years';
COMMENT ON COLUMN mart.poverty_commune_series.comparability_note IS 'Lý do không so sánh được, hoặc lưu ý khi chuỗi dựa trên sáp nhập đầu 2025 có độ tin cậy trung bình / Why not comparable, or that the series rests on an early-2025 merger of medium confidence';
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
COMMENT ON COLUMN mart.poverty_province_series.total_households IS 'Tổng số hộ (NULL nếu không so sánh được) / Households (NULL when not comparable)';
COMMENT ON COLUMN mart.poverty_province_series.poor_end IS 'Hộ nghèo cuối kỳ / Poor households at year end';
COMMENT ON COLUMN mart.poverty_province_series.poor_rate_pct IS 'Tỷ lệ hộ nghèo (%) / Poverty rate (%)';
COMMENT ON COLUMN mart.poverty_province_series.near_poor_end IS 'Hộ cận nghèo cuối kỳ / Near-poor households at year end';
COMMENT ON COLUMN mart.poverty_province_series.near_poor_rate_pct IS 'Tỷ lệ hộ cận nghèo (%) / Near-poverty rate (%)';
COMMENT ON COLUMN mart.poverty_commune_series.province_display_name IS 'Tên tỉnh mới kèm loại / New province name with its type word';
COMMENT ON COLUMN mart.poverty_commune_series.commune_type IS 'Loại xã mới: xã, phường, đặc khu / New commune type';
COMMENT ON COLUMN mart.poverty_commune_series.commune_display_name IS 'Tên xã mới kèm loại: Phường Trà Vinh / New commune name with its type word';
COMMENT ON COLUMN mart.poverty_province_series.province_display_name IS 'Tên tỉnh mới kèm loại / New province name with its type word';
COMMENT ON COLUMN mart.poverty_province_series.comparability_note IS 'Lý do không so sánh được (số liệu NULL) / Why not comparable (figures NULL)';
COMMENT ON COLUMN mart.poverty_province_series.near_poor_no_labour_end IS 'Hộ cận nghèo không có khả năng lao động (NULL nếu không so sánh được hoặc có xã không ghi) / Near-poor households with no labour';
COMMENT ON COLUMN mart.poverty_commune_series.standard_code IS 'Chuẩn nghèo của năm rà soát (dw.dim_standard): QD59_2015, ND07_2021, ND351_2025 / The poverty standard the year was reviewed under';
COMMENT ON COLUMN mart.poverty_commune_series.standard_note IS 'Ghi chú khi năm này đổi chuẩn nghèo so với năm trước (NULL nếu không đổi) / Set on the first year of a new standard: counts change meaning there';
COMMENT ON COLUMN mart.poverty_province_series.standard_code IS 'Chuẩn nghèo của năm rà soát (dw.dim_standard): QD59_2015, ND07_2021, ND351_2025 / The poverty standard the year was reviewed under';
COMMENT ON COLUMN mart.poverty_province_series.standard_note IS 'Ghi chú khi năm này đổi chuẩn nghèo so với năm trước (NULL nếu không đổi) / Set on the first year of a new standard: counts change meaning there';
