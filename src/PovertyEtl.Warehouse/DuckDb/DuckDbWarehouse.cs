using Dapper;
using DuckDB.NET.Data;
using PovertyEtl.Warehouse.Internal;

namespace PovertyEtl.Warehouse.DuckDb;

/// <summary>
/// The embedded default: one DuckDB file, one connection for the process. DuckDB lets one
/// process write a file at a time, which is the reporting-unit lock here; a second process finds
/// the file busy (<see cref="WarehouseBusyException"/>).
/// </summary>
internal sealed class DuckDbWarehouse : SqlWarehouse
{
    private readonly DuckDBConnection _connection;

    private DuckDbWarehouse(WarehouseLocation location, TimeProvider time, DuckDBConnection connection) : base(location, time) =>
        _connection = connection;

    /// <summary>For loading: the file and its folder are created when missing.</summary>
    public static DuckDbWarehouse Open(WarehouseLocation location, TimeProvider time)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(location.ConnectionString)!);
        return new DuckDbWarehouse(location, time, Connect(location, DuckDbConnectionStrings.ForLoading(location.ConnectionString), mustExist: false));
    }

    /// <summary>For reading only (<c>status</c>): the file must exist, and is opened so that nothing can change it.</summary>
    public static DuckDbWarehouse OpenExisting(WarehouseLocation location, TimeProvider time) =>
        new(location, time, Connect(location, DuckDbConnectionStrings.ForReading(location.ConnectionString), mustExist: true));

    /// <summary>Opens a connection; a missing file (when reading) or a file held by another process is told apart from other faults.</summary>
    internal static DuckDBConnection Connect(WarehouseLocation location, string connectionString, bool mustExist)
    {
        var path = location.ConnectionString;
        if (mustExist && !File.Exists(path))
            throw new WarehouseMissingException(location.Description, "không có kho dữ liệu ở đường dẫn này / no warehouse at this path (run ingest or migrate first)");
        var connection = new DuckDBConnection(connectionString);
        try
        {
            connection.Open();
            DuckDbFileLock.Opened(path);
            return connection;
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            if (DuckDbFileLock.IsHeld(path)) throw new WarehouseBusyException(location.Description, e);
            throw new WarehouseUnreachableException(location.Description, e.Message.Split('\n')[0], e);
        }
    }

    internal override SqlDialect Dialect => SqlDialect.DuckDb;

    // Operations run one after another on the process's connection: a session only borrows it.
    internal override SqlSession Session() => new(_connection, this, () => { });

    internal override Task<SqlSession> SessionAsync(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(Session());
    }

    internal override IBulkWriter BulkWriter(SqlSession session, string table, string[] columns)
    {
        var dot = table.IndexOf('.', StringComparison.Ordinal);
        return new DuckDbBulkWriter(_connection.CreateAppender(table[..dot], table[(dot + 1)..]), columns.Length);
    }

    // The process holds the file's write lock for as long as it is open: no other writer exists.
    internal override Task LockReportingUnitYearAsync(SqlSession session, string reportingUnit, int year, CancellationToken cancellation) =>
        Task.CompletedTask;

    // Holding the file's write lock, this process is the only writer: a run it is not running is dead.
    private readonly HashSet<string> _runs = new(StringComparer.Ordinal);

    protected override Task HoldRunAsync(string runId, CancellationToken cancellation)
    {
        _runs.Add(runId);
        return Task.CompletedTask;
    }

    protected override void ReleaseRun(string runId) => _runs.Remove(runId);

    protected override Task<bool> IsRunHeldAsync(string runId, CancellationToken cancellation) => Task.FromResult(_runs.Contains(runId));

    // DDL is written to the data file at once, not left in the write-ahead log: DuckDB 1.5 fails to
    // replay some of it (ALTER TABLE on a table with a sequence default) after a crash.
    protected override void AfterMigrations(SqlSession session) => session.Execute("CHECKPOINT");

    // One writer per file, as above: nothing to serialise.
    protected override IDisposable MigrationLock(SqlSession session) => NoLock.Instance;

    public override void Dispose()
    {
        _connection.Dispose();
        DuckDbFileLock.Closed(Location.ConnectionString);
    }
}
