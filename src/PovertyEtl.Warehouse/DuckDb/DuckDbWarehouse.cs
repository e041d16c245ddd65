using Dapper;
using DuckDB.NET.Data;
using PovertyEtl.Warehouse.Internal;
using PovertyEtl.Warehouse.Query;
using PovertyEtl.Ingestion;

namespace PovertyEtl.Warehouse.DuckDb;

/// <summary>
/// The embedded default: one DuckDB file, one connection for the process. DuckDB lets one
/// process write a file at a time, which is the district-year lock here; a second process gets
/// the file's lock error, reported as the warehouse being unreachable.
/// </summary>
internal sealed class DuckDbWarehouse : SqlWarehouse
{
    private readonly DuckDBConnection _connection;
    private readonly bool _readOnly;

    private DuckDbWarehouse(WarehouseLocation location, TimeProvider time, DuckDBConnection connection, bool readOnly) : base(location, time)
    {
        _connection = connection;
        _readOnly = readOnly;
    }

    public static DuckDbWarehouse Open(WarehouseLocation location, TimeProvider time, bool readOnly)
    {
        if (readOnly && !File.Exists(location.ConnectionString))
            throw new WarehouseUnreachableException(location.Description, "the warehouse file does not exist yet (run migrate or ingest first)");
        if (!readOnly) Directory.CreateDirectory(Path.GetDirectoryName(location.ConnectionString)!);
        var connection = new DuckDBConnection($"Data Source={location.ConnectionString}" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : string.Empty));
        try
        {
            connection.Open();
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw new WarehouseUnreachableException(location.Description, e.Message.Split('\n')[0], e);
        }
        return new DuckDbWarehouse(location, time, connection, readOnly);
    }

    // Operations run one after another on the process's connection: a session only borrows it.
    internal override SqlSession Session() => new(_connection, this, () => { });

    /// <summary>DuckDB names parameters <c>$name</c>; the shared SQL writes <c>@name</c>.</summary>
    internal override string Dialect(string sql) => ParameterPattern.Replace(sql, "$$$1");

    private static readonly System.Text.RegularExpressions.Regex ParameterPattern = new(@"@(\w+)", System.Text.RegularExpressions.RegexOptions.Compiled);

    internal override IBulkWriter BulkWriter(SqlSession session, string table, string[] columns)
    {
        var dot = table.IndexOf('.');
        return new DuckDbBulkWriter(_connection.CreateAppender(table[..dot], table[(dot + 1)..]), columns.Length);
    }

    internal override void LockReportingUnitYear(SqlSession session, string reportingUnit, int year)
    {
        // The process holds the file's write lock for as long as it is open: no other writer exists.
    }

    // Holding the file's write lock, this process is the only writer: a run it is not running is dead.
    private readonly HashSet<string> _runs = new(StringComparer.Ordinal);
    protected override void HoldRun(string runId) => _runs.Add(runId);
    protected override void ReleaseRun(string runId) => _runs.Remove(runId);
    protected override bool IsRunHeld(string runId) => _runs.Contains(runId);

    // DDL is written to the data file at once, not left in the write-ahead log: DuckDB 1.5 fails to
    // replay some of it (ALTER TABLE on a table with a sequence default) after a crash.
    protected override void AfterMigrations(SqlSession session) => session.Execute("CHECKPOINT");

    // One writer per file, as above: nothing to serialise.
    protected override IDisposable MigrationLock(SqlSession session) => NoLock.Instance;

    /// <summary>
    /// Opened read-only (the <c>sql</c> command), DuckDB itself refuses writes. Opened for loading,
    /// a query runs in a transaction that is rolled back, so it leaves nothing behind.
    /// </summary>
    public override QueryResult QueryReadOnly(string sql)
    {
        try
        {
            using var transaction = _readOnly ? null : _connection.BeginTransaction();
            using var reader = _connection.ExecuteReader(sql, transaction: transaction);
            var result = QueryResults.Read(reader);
            transaction?.Rollback();
            return result;
        }
        catch (DuckDBException e) when (e.Message.Contains("read-only", StringComparison.OrdinalIgnoreCase))
        {
            throw new WriteRefusedException(e.Message.Split('\n')[0]);
        }
    }

    public override void Dispose() => _connection.Dispose();
}
