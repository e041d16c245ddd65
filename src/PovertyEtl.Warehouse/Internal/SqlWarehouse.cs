using PovertyEtl.Domain.Reference;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Warehouse.Dimensions;
using PovertyEtl.Warehouse.Migrations;
using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// What both engines share: the SQL of migrations, reference dimensions and the ports (the load
/// store, the run history, the mart figures; each in its own file). An engine supplies its
/// connections, its <see cref="SqlDialect"/>, its bulk writer, its reporting-unit lock and how
/// it tells a live run from a dead one. Statuses go in and come out as the words contracts.md
/// gives them (<c>Code()</c>, <c>FromCode</c>), never as Dapper's default for an enum, its number.
/// </summary>
internal abstract partial class SqlWarehouse(WarehouseLocation location, TimeProvider time) : IPortalWarehouse
{
    public WarehouseLocation Location { get; } = location;
    public string Description => Location.Description;
    protected TimeProvider Time { get; } = time;

    internal abstract SqlDialect Dialect { get; }

    /// <summary>A session for start-up work (migrations, reference data).</summary>
    internal abstract SqlSession Session();

    internal abstract Task<SqlSession> SessionAsync(CancellationToken cancellation);

    internal abstract IBulkWriter BulkWriter(SqlSession session, string table, string[] columns);

    /// <summary>Serialises loads of one reporting unit and year (a district's before the reform) across processes, until the transaction ends.</summary>
    internal abstract Task LockReportingUnitYearAsync(SqlSession session, string reportingUnit, int year, CancellationToken cancellation);

    /// <summary>What an engine does once its schema changed (DuckDB: a checkpoint, see sql/README.md).</summary>
    protected virtual void AfterMigrations(SqlSession session) { }

    /// <summary>Once the dimensions are in step with the reference data, outside its transaction.</summary>
    protected virtual void AfterReferenceSync(SqlSession session) { }

    /// <summary>Serialises migrations across processes that start at once.</summary>
    protected abstract IDisposable MigrationLock(SqlSession session);

    public abstract void Dispose();

    public IReadOnlyList<string> Migrate()
    {
        using var session = Session();
        using var migrationLock = MigrationLock(session);
        session.Execute("CREATE SCHEMA IF NOT EXISTS etl; " +
                        "CREATE TABLE IF NOT EXISTS etl.schema_migration (script text PRIMARY KEY, applied_at timestamptz NOT NULL)");
        var applied = session.Query<string>("SELECT script FROM etl.schema_migration").ToHashSet(StringComparer.Ordinal);
        var done = new List<string>();
        var p = Dialect;
        foreach (var script in MigrationScript.For(Location.Engine).Where(s => !applied.Contains(s.Name)))
        {
            session.Begin();
            try
            {
                foreach (var statement in script.Statements()) session.ExecuteUnbounded(statement);
                session.Execute($"INSERT INTO etl.schema_migration (script, applied_at) VALUES ({p["name"]}, {p["at"]})", new { name = script.Name, at = Time.GetUtcNow() });
                session.Commit();
            }
            catch
            {
                // The migration lock is released on this connection next: it must not be left in an aborted transaction.
                session.Rollback();
                throw;
            }
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
        AfterReferenceSync(session);
        ForgetDimensionKeys();
    }

    internal static async Task<DimensionKeys> LoadDimensionKeysAsync(SqlSession session, CancellationToken cancellation)
    {
        var geography = (await session.RowsAsync("SELECT commune_code, valid_from, valid_to, geography_key FROM dw.dim_geography WHERE geography_key > 0",
                null, cancellation))
            .Select(r => (r.Text("commune_code"), r.Date("valid_from"), r.Date("valid_to"), r.Int("geography_key")))
            .ToList();
        async Task<Dictionary<string, short>> Codes(string table, string key, string code) =>
            (await session.RowsAsync($"SELECT {code} AS code, {key} AS k FROM {table} WHERE {key} > 0", null, cancellation))
                .ToDictionary(r => r.Text("code"), r => (short)r.Int("k"), StringComparer.Ordinal);
        return new DimensionKeys(geography,
            await Codes("dw.dim_category", "category_key", "category_code"),
            await Codes("dw.dim_ethnicity", "ethnicity_key", "ethnicity_code"),
            await Codes("dw.dim_program", "program_key", "program_code"),
            (await session.RowsAsync("SELECT year_key, standard_code, dimension_code, dimension_name, mask FROM dw.year_dimension_mask " +
                                     "ORDER BY year_key, standard_code, dimension_code", null, cancellation))
                .GroupBy(r => r.Int("year_key"))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<YearDimension>)[.. g.Select(r =>
                    new YearDimension(r.Text("standard_code"), r.Text("dimension_code"), r.Text("dimension_name"), r.Long("mask")))]));
    }

    internal static void WriteFindings(SqlSession session, long loadId, IReadOnlyCollection<Finding> findings)
    {
        // No findings, no bulk writer: on PostgreSQL an empty COPY still costs two round trips.
        if (findings.Count == 0) return;
        using var writer = session.Bulk("etl.finding", "load_id", "sheet", "cell", "rule", "severity", "message");
        foreach (var f in findings) writer.Row(loadId, f.Sheet, f.Cell, f.Rule, SeverityNames.Code(f.Severity), f.Message);
        writer.Complete();
    }
}
