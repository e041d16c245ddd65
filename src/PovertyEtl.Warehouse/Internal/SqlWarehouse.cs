using PovertyEtl.Domain.Reference;
using PovertyEtl.Warehouse.Dimensions;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Ingestion;
using PovertyEtl.Validation.Rules;
using PovertyEtl.Warehouse.Migrations;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// What both engines share: the SQL of migrations, history, loads and lookups. An engine
/// supplies its connections, its parameter dialect, its bulk writer, its district-year lock
/// and its read-only mode.
/// </summary>
internal abstract class SqlWarehouse(WarehouseLocation location, TimeProvider time) : IWarehouse
{
    public WarehouseLocation Location { get; } = location;
    public string Description => Location.Description;
    protected TimeProvider Time { get; } = time;

    internal abstract SqlSession Session();
    internal virtual string Dialect(string sql) => sql;
    internal abstract IBulkWriter BulkWriter(SqlSession session, string table, string[] columns);

    /// <summary>Serialises loads of one reporting unit and year (a district's before the reform) across processes, until the transaction ends.</summary>
    internal abstract void LockReportingUnitYear(SqlSession session, string reportingUnit, int year);

    /// <summary>What an engine does once its schema changed (DuckDB: a checkpoint, see sql/README.md).</summary>
    protected virtual void AfterMigrations(SqlSession session) { }

    /// <summary>Serialises migrations across processes that start at once.</summary>
    protected abstract IDisposable MigrationLock(SqlSession session);

    public abstract QueryResult QueryReadOnly(string sql);

    public abstract void Dispose();

    public IReadOnlyList<string> Migrate()
    {
        using var session = Session();
        using var migrationLock = MigrationLock(session);
        session.Execute("CREATE SCHEMA IF NOT EXISTS etl; " +
                        "CREATE TABLE IF NOT EXISTS etl.schema_migration (script text PRIMARY KEY, applied_at timestamptz NOT NULL)");
        var applied = session.Query<string>("SELECT script FROM etl.schema_migration").ToHashSet(StringComparer.Ordinal);
        var done = new List<string>();
        foreach (var script in MigrationScript.For(Location.Engine).Where(s => !applied.Contains(s.Name)))
        {
            session.Begin();
            foreach (var statement in script.Statements()) session.Execute(statement);
            session.Execute("INSERT INTO etl.schema_migration (script, applied_at) VALUES (@name, @at)", new { name = script.Name, at = Time.GetUtcNow() });
            session.Commit();
            done.Add(script.Name);
        }
        if (done.Count > 0) AfterMigrations(session);
        return done;
    }

    public void SyncReference(ReferenceData reference)
    {
        using var session = Session();
        using var migrationLock = MigrationLock(session);
        session.Begin();
        ReferenceDimensions.Sync(session, reference, DateOnly.FromDateTime(Time.GetLocalNow().DateTime));
        session.Commit();
    }

    internal DimensionKeys LoadDimensionKeys(SqlSession session)
    {
        var geography = session.Rows("SELECT commune_code, valid_from, valid_to, geography_key FROM dw.dim_geography WHERE geography_key > 0")
            .Select(r => (r.Text("commune_code"), r.Date("valid_from"), r.Date("valid_to"), r.Int("geography_key")))
            .ToList();
        Dictionary<string, short> Codes(string table, string key, string code) => session.Rows($"SELECT {code} AS code, {key} AS k FROM {table} WHERE {key} > 0")
            .ToDictionary(r => r.Text("code"), r => (short)r.Int("k"), StringComparer.Ordinal);
        return new DimensionKeys(geography,
            Codes("dw.dim_category", "category_key", "category_code"),
            Codes("dw.dim_ethnicity", "ethnicity_key", "ethnicity_code"),
            Codes("dw.dim_program", "program_key", "program_code"));
    }

    /// <summary>Marks a run as alive for as long as this process runs it (released by <see cref="FinishRun"/> or by the process dying).</summary>
    protected abstract void HoldRun(string runId);

    protected abstract void ReleaseRun(string runId);

    /// <summary>Whether some live process still holds the run.</summary>
    protected abstract bool IsRunHeld(string runId);

    public int CloseInterruptedRuns(DateTimeOffset now)
    {
        using var session = Session();
        var closed = 0;
        foreach (var runId in session.Query<string>("SELECT run_id FROM etl.run WHERE status = @running", new { running = RunStatus.Running }).ToList())
        {
            if (IsRunHeld(runId)) continue;
            closed += session.Execute("UPDATE etl.run SET status = @failed, finished_at = @now WHERE run_id = @runId AND status = @running",
                new { failed = RunStatus.Failed, running = RunStatus.Running, now, runId });
        }
        return closed;
    }

    public void StartRun(RunRecord run)
    {
        using var session = Session();
        session.Execute("INSERT INTO etl.run (run_id, trigger, host, started_at, files_seen, status) VALUES (@RunId, @Trigger, @Host, @StartedAt, @FilesSeen, @Status)", run);
        HoldRun(run.RunId);
    }

    public void FinishRun(RunRecord run)
    {
        using var session = Session();
        session.Execute("UPDATE etl.run SET finished_at = @FinishedAt, files_seen = @FilesSeen, files_loaded = @FilesLoaded, " +
                        "files_rejected = @FilesRejected, status = @Status WHERE run_id = @RunId", run);
        ReleaseRun(run.RunId);
    }

    private const string FileLoadColumns =
        "load_id, run_id, file_name, sha256, district_code, year, status, errors, warnings, rows_loaded, started_at, finished_at";

    public FileLoadRecord? FindLoadOf(string sha256)
    {
        using var session = Session();
        return session.Rows($"SELECT {FileLoadColumns}, reporting_unit FROM etl.file_load WHERE sha256 = @sha256 AND status IN ('loaded', 'superseded') ORDER BY load_id LIMIT 1",
            new { sha256 }).Select(ToFileLoad).FirstOrDefault();
    }

    public IFileLoad BeginLoad(string runId, string fileName, string sha256, DateTimeOffset startedAt)
    {
        var session = Session();
        try
        {
            session.Begin();
            var keys = LoadDimensionKeys(session);
            var loadId = session.Scalar<long>("SELECT nextval('etl.load_id_seq')");
            return new FileLoad(this, session, keys, loadId, runId, fileName, sha256, startedAt);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public long RecordAttempt(FileAttempt attempt)
    {
        using var session = Session();
        session.Begin();
        var loadId = session.Scalar<long>("SELECT nextval('etl.load_id_seq')");
        session.Execute($"INSERT INTO etl.file_load ({FileLoadColumns}, province_code, reporting_unit) VALUES " +
                        "(@loadId, @RunId, @FileName, @Sha256, @DistrictCode, @Year, @Status, @Errors, @Warnings, 0, @StartedAt, @FinishedAt, @ProvinceCode, @ReportingUnit)",
            new { loadId, attempt.RunId, attempt.FileName, attempt.Sha256, attempt.DistrictCode, attempt.Year, attempt.Status,
                attempt.Errors, attempt.Warnings, attempt.StartedAt, attempt.FinishedAt, attempt.ProvinceCode, attempt.ReportingUnit });
        WriteFindings(session, loadId, attempt.Findings);
        session.Commit();
        return loadId;
    }

    internal void WriteFindings(SqlSession session, long loadId, IEnumerable<Finding> findings)
    {
        using var writer = session.Bulk("etl.finding", "load_id", "sheet", "cell", "rule", "severity", "message");
        foreach (var f in findings) writer.Row(loadId, f.Sheet, f.Cell, f.Rule, SeverityNames.Code(f.Severity), f.Message);
        writer.Complete();
    }

    public IReadOnlyList<YearEndStocks> YearEndStocks(IReadOnlyCollection<string> communeCodes, int year, int unitsOfYear)
    {
        if (communeCodes.Count == 0) return [];
        using var session = Session();
        var codes = SqlLiterals(communeCodes);
        // Post-reform codes go through the series view, which maps them onto the old communes honestly.
        var sql = AdministrativeEra.ForYear(unitsOfYear) == AdministrativeEra.FromReform
            ? $"SELECT commune_code, poor_end, near_poor_end FROM mart.poverty_commune_series WHERE year = @year AND comparable AND commune_code IN ({codes})"
            : $"SELECT commune_code, poor_end, near_poor_end FROM mart.poverty_commune_year WHERE year = @year AND commune_code IN ({codes})";
        return session.Rows(sql, new { year })
            .Select(r => new YearEndStocks(r.Text("commune_code"), r.Long("poor_end"), r.Long("near_poor_end")))
            .ToList();
    }

    public IReadOnlyList<CommuneReportedElsewhere> CommunesReportedElsewhere(IReadOnlyCollection<string> communeCodes, int year, string reportingUnit)
    {
        if (communeCodes.Count == 0) return [];
        using var session = Session();
        var codes = SqlLiterals(communeCodes);
        return session.Rows("SELECT m.commune_code, l.reporting_unit, l.file_name, l.load_id FROM mart.poverty_commune_year m " +
                            "JOIN etl.file_load l ON l.load_id = m.load_id " +
                            $"WHERE m.year = @year AND m.commune_code IN ({codes}) AND (l.reporting_unit IS NULL OR l.reporting_unit <> @reportingUnit)",
                new { year, reportingUnit })
            .Select(r => new CommuneReportedElsewhere(r.Text("commune_code"), r.NullableText("reporting_unit"), r.Text("file_name"), r.Long("load_id")))
            .ToList();
    }

    public IReadOnlyList<RunRecord> RecentRuns(int count)
    {
        using var session = Session();
        return session.Rows("SELECT run_id, trigger, host, started_at, finished_at, files_seen, files_loaded, files_rejected, status " +
                                      "FROM etl.run ORDER BY started_at DESC, run_id LIMIT @count", new { count })
                        .Select(r => new RunRecord(r.Text("run_id"), r.Text("trigger"), r.Text("host"), r.Time("started_at"), r.NullableTime("finished_at"),
                r.Int("files_seen"), r.Int("files_loaded"), r.Int("files_rejected"), r.Text("status")))
            .ToList();
    }

    public DateTimeOffset? LastRunStarted(string trigger)
    {
        using var session = Session();
        return session.Rows("SELECT max(started_at) AS started_at FROM etl.run WHERE trigger = @trigger", new { trigger })
            .Select(r => r.NullableTime("started_at")).Single();
    }

    public IReadOnlyList<FileLoadRecord> FileLoadsOf(IReadOnlyCollection<string> runIds)
    {
        if (runIds.Count == 0) return [];
        using var session = Session();
        var list = SqlLiterals(runIds);
        return session.Rows($"SELECT {FileLoadColumns}, reporting_unit FROM etl.file_load WHERE run_id IN ({list}) ORDER BY load_id")
            .Select(ToFileLoad).ToList();
    }

    /// <summary>
    /// Text values as a SQL list for <c>IN (…)</c>, quotes doubled: one statement whatever the count,
    /// where DuckDB and Npgsql would want different array parameters.
    /// </summary>
    private static string SqlLiterals(IEnumerable<string> values) =>
        string.Join(", ", values.Select(v => "'" + v.Replace("'", "''", StringComparison.Ordinal) + "'"));

    private static FileLoadRecord ToFileLoad(Row r) => new(r.Long("load_id"), r.Text("run_id"), r.Text("file_name"), r.Text("sha256"),
        r.NullableText("district_code"), r.NullableInt("year"), r.Text("status"), r.Int("errors"), r.Int("warnings"), r.Long("rows_loaded"),
        r.Time("started_at"), r.NullableTime("finished_at")) { ReportingUnit = r.NullableText("reporting_unit") };
}
