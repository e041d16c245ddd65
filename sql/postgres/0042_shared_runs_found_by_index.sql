-- Why: every clustered node looks every two seconds for a shared run under way that it could
-- join (0041); a partial index keeps that look to the few running rows however long etl.run grows.
CREATE INDEX run_shared_running ON etl.run (started_at) WHERE shared AND status = 'running' AND part_of IS NULL;
