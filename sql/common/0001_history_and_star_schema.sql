-- Why: the first shape of the warehouse. etl holds the load history (every file attempt, its
-- findings, every run); dw holds the star schema whose fact rows all point to the load that
-- brought them (etl.file_load is the audit dimension), so a superseded load stays in history
-- while the mart shows only the current one. Surrogate keys of dimensions are assigned by the
-- product from the reference data; key 0 is the "unknown" member of each dimension.
CREATE SCHEMA IF NOT EXISTS etl;
CREATE SCHEMA IF NOT EXISTS dw;
CREATE SCHEMA IF NOT EXISTS mart;
CREATE SCHEMA IF NOT EXISTS staging;

CREATE SEQUENCE etl.load_id_seq;

CREATE TABLE etl.run (
    run_id          text PRIMARY KEY,
    trigger         text NOT NULL,
    host            text NOT NULL,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    files_seen      integer NOT NULL DEFAULT 0,
    files_loaded    integer NOT NULL DEFAULT 0,
    files_rejected  integer NOT NULL DEFAULT 0,
    status          text NOT NULL
);

CREATE TABLE etl.file_load (
    load_id         bigint PRIMARY KEY DEFAULT nextval('etl.load_id_seq'),
    run_id          text NOT NULL,
    file_name       text NOT NULL,
    sha256          text NOT NULL,
    district_code   text,
    province_code   text,
    reporting_unit  text,
    year            integer,
    status          text NOT NULL,
    errors          integer NOT NULL DEFAULT 0,
    warnings        integer NOT NULL DEFAULT 0,
    rows_loaded     bigint NOT NULL DEFAULT 0,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    superseded_by   bigint
);

CREATE TABLE etl.finding (
    load_id         bigint NOT NULL,
    sheet           text NOT NULL,
    cell            text NOT NULL,
    rule            text NOT NULL,
    severity        text NOT NULL,
    message         text NOT NULL
);

CREATE TABLE dw.dim_geography (
    geography_key   integer PRIMARY KEY,
    commune_code    text NOT NULL,
    commune_name    text NOT NULL,
    commune_type    text NOT NULL,
    district_code   text,
    district_name   text,
    province_code   text NOT NULL,
    province_name   text NOT NULL,
    area            text NOT NULL,
    valid_from      date NOT NULL,
    valid_to        date NOT NULL
);

CREATE TABLE dw.dim_year (
    year_key                integer PRIMARY KEY,
    year                    integer NOT NULL,
    standard_period         text,
    rural_income_line_vnd   numeric(18,2),
    urban_income_line_vnd   numeric(18,2)
);

CREATE TABLE dw.dim_category (
    category_key    smallint PRIMARY KEY,
    category_code   text NOT NULL,
    name_vi         text NOT NULL,
    name_en         text NOT NULL
);

CREATE TABLE dw.dim_indicator (
    indicator_key       smallint PRIMARY KEY,
    indicator_code      text NOT NULL,
    bit                 smallint NOT NULL,
    dimension_code      text NOT NULL,
    dimension_name      text NOT NULL,
    dimension_name_en   text NOT NULL,
    indicator_name      text NOT NULL
);

CREATE TABLE dw.dim_program (
    program_key     smallint PRIMARY KEY,
    program_code    text NOT NULL,
    program_name    text NOT NULL
);

CREATE TABLE dw.dim_ethnicity (
    ethnicity_key   smallint PRIMARY KEY,
    ethnicity_code  text NOT NULL,
    ethnicity_name  text NOT NULL
);

INSERT INTO dw.dim_geography VALUES (0, '', 'Không xác định', '', NULL, NULL, '', 'Không xác định', 'unknown', DATE '1900-01-01', DATE '9999-12-31');
INSERT INTO dw.dim_category VALUES (0, 'unknown', 'Không xác định', 'Unknown');
INSERT INTO dw.dim_indicator VALUES (0, 'UNKNOWN', -1, '', 'Không xác định', 'Unknown', 'Không xác định');
INSERT INTO dw.dim_program VALUES (0, 'UNKNOWN', 'Không xác định');
INSERT INTO dw.dim_ethnicity VALUES (0, '00', 'Không xác định');

-- Facts. Deprivations are a 12-bit mask (bit = dw.dim_indicator.bit): one household row
-- instead of twelve, unpacked by mart.deprivation_commune_year.
CREATE TABLE dw.fact_commune_year (
    load_id                     bigint NOT NULL,
    geography_key               integer NOT NULL,
    year_key                    integer NOT NULL,
    source_row                  integer NOT NULL,
    total_households            bigint NOT NULL,
    poor_start                  bigint NOT NULL,
    poor_escaped                bigint NOT NULL,
    poor_new                    bigint NOT NULL,
    poor_returned               bigint NOT NULL,
    poor_end                    bigint NOT NULL,
    poor_rate_pct_stated        numeric(9,4),
    near_poor_start             bigint NOT NULL,
    near_poor_escaped           bigint NOT NULL,
    near_poor_new               bigint NOT NULL,
    near_poor_end               bigint NOT NULL,
    near_poor_rate_pct_stated   numeric(9,4),
    poor_ethnic_minority_end    bigint,
    poor_no_labour_end          bigint
);

CREATE TABLE dw.fact_household_year (
    load_id                 bigint NOT NULL,
    geography_key           integer NOT NULL,
    year_key                integer NOT NULL,
    category_key            smallint NOT NULL,
    ethnicity_key           smallint NOT NULL,
    household_code          text NOT NULL,
    id_hash                 text,
    members                 integer NOT NULL,
    area                    text NOT NULL,
    income_per_capita_vnd   numeric(18,2) NOT NULL,
    change_code             text,
    deprivations            integer NOT NULL,
    deprivation_count       smallint NOT NULL,
    source_row              integer NOT NULL
);

CREATE TABLE dw.fact_support_year (
    load_id             bigint NOT NULL,
    geography_key       integer NOT NULL,
    year_key            integer NOT NULL,
    program_key         smallint NOT NULL,
    beneficiaries       bigint NOT NULL,
    amount_million_vnd  numeric(18,4),
    source_row          integer NOT NULL
);
