-- Why: with Scheduler:Clustered=true several workers share one schedule through Quartz's
-- ADO.NET job store, kept in this database under the schema "scheduler". Its tables are
-- Quartz's own: the DDL that ships inside the Quartz package, version-matched to the library,
-- idempotent ("create if missing", never drops), applied here with the table prefix below.
CREATE SCHEMA IF NOT EXISTS scheduler;
-- include-resource: Quartz | Quartz.Impl.AdoJobStore.Schema.create_postgres.sql | scheduler.qrtz_ | qrtz_
