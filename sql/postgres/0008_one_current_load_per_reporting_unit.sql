-- Why: after the reform a province or a commune reports, not a district; at most one current load
-- per reporting unit and year, as 0002 kept for districts.
CREATE UNIQUE INDEX file_load_one_current_per_unit ON etl.file_load (reporting_unit, year) WHERE status = 'loaded';
