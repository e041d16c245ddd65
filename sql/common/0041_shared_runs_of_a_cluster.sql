-- Why: with Scheduler:Clustered=true the nodes share the files of one nightly run (issue 13).
-- The node where Quartz fires the run leads it: its etl.run row is marked shared; every other
-- node that joins runs a part of it under a run id of its own, its row naming the leader's run
-- (part_of). Within one shared run a newer file of a reporting unit must never be overtaken by
-- an older one committed later by another node, so each load of a shared run keeps its file's
-- place in the inbox (its last-write time there; the name is etl.file_load.file_name), and the
-- commit compares places. Kept in a table of its own: DuckDB cannot add a column to
-- etl.file_load, which has a nextval default (sql/README.md).
ALTER TABLE etl.run ADD COLUMN shared boolean DEFAULT false;
ALTER TABLE etl.run ADD COLUMN part_of text;

CREATE TABLE etl.file_load_inbox_place (
    load_id          bigint PRIMARY KEY,
    shared_run_id    text NOT NULL,
    written_at       timestamptz NOT NULL
);
