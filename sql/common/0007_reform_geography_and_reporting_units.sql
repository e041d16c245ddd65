-- Why: the 2025 reform. From 1 July 2025 there are no districts, provinces and communes were
-- merged, and codes were reused with new meanings. The geography dimension holds a version per
-- unit and era: the pre-reform units are valid until 30 June 2025 and the new ones from
-- 1 July 2025, so a code is always resolved with the report's year-end date. Loads are keyed by
-- their reporting unit (etl.file_load.reporting_unit: the district before the reform; the
-- province, or the commune for a commune's own report, after it), and the succession old → new
-- is kept for the series views.
UPDATE dw.dim_geography SET valid_to = DATE '2025-06-30'
WHERE geography_key > 0 AND valid_from < DATE '2025-07-01' AND valid_to > DATE '2025-06-30';


CREATE TABLE dw.commune_succession (
    old_commune_code    text NOT NULL,
    new_commune_code    text NOT NULL,
    whole               boolean NOT NULL,
    via_commune_code    text
);

CREATE TABLE dw.province_succession (
    old_province_code   text NOT NULL,
    new_province_code   text NOT NULL
);
