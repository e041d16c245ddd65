using Dapper;
using Npgsql;
using PovertyEtl.Warehouse.Internal;
using PovertyEtl.Warehouse.Query;
using PovertyEtl.Ingestion;

namespace PovertyEtl.Warehouse.Postgres;

/// <summary>
/// Production: PostgreSQL through Npgsql, a pooled connection per operation. Loads of one
/// district-year are serialised by a transaction-scoped advisory lock, so two workers never
/// load it at once; migrations by a session-level one.
/// </summary>
internal sealed class PostgresWarehouse : SqlWarehouse
{
    private const long MigrationLockKey = 0x506F76457449; // "PovEtI": one constant for every process
    private readonly NpgsqlDataSource _source;

    private PostgresWarehouse(WarehouseLocation location, TimeProvider time, NpgsqlDataSource source) : base(location, time) => _source = source;

    public static PostgresWarehouse Open(WarehouseLocation location, TimeProvider time)
    {
        var source = NpgsqlDataSource.Create(location.ConnectionString);
        try
        {
            using var probe = source.OpenConnection();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            source.Dispose();
            throw new WarehouseUnreachableException(location.Description, e.Message, e);
        }
        return new PostgresWarehouse(location, time, source);
    }

    // A run is held by a session-level advisory lock on a connection of its own: the lock goes with
    // the process, however it dies, so another node can tell a dead run from one still going.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NpgsqlConnection> _heldRuns = new(StringComparer.Ordinal);

    private static string RunLockKey(string runId) => "povertyetl:run:" + runId;

    protected override void HoldRun(string runId)
    {
        var connection = _source.OpenConnection();
        connection.Execute("SELECT pg_advisory_lock(hashtext(@key))", new { key = RunLockKey(runId) });
        _heldRuns[runId] = connection;
    }

    protected override void ReleaseRun(string runId)
    {
        if (_heldRuns.TryRemove(runId, out var connection)) connection.Dispose();
    }

    protected override bool IsRunHeld(string runId)
    {
        if (_heldRuns.ContainsKey(runId)) return true;
        using var connection = _source.OpenConnection();
        var free = connection.ExecuteScalar<bool>("SELECT pg_try_advisory_lock(hashtext(@key))", new { key = RunLockKey(runId) });
        if (free) connection.Execute("SELECT pg_advisory_unlock(hashtext(@key))", new { key = RunLockKey(runId) });
        return !free;
    }

    internal override SqlSession Session()
    {
        var connection = _source.OpenConnection();
        return new SqlSession(connection, this, connection.Dispose);
    }

    internal override IBulkWriter BulkWriter(SqlSession session, string table, string[] columns) =>
        new PostgresBulkWriter(((NpgsqlConnection)session.Connection).BeginBinaryImport(
            $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)"), columns.Length);

    internal override void LockReportingUnitYear(SqlSession session, string reportingUnit, int year) =>
        session.Execute("SELECT pg_advisory_xact_lock(hashtext(@key))", new { key = $"povertyetl:unit-year:{reportingUnit}:{year}" });

    protected override IDisposable MigrationLock(SqlSession session)
    {
        session.Execute("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey });
        return new Unlock(session);
    }

    private sealed class Unlock(SqlSession session) : IDisposable
    {
        public void Dispose() => session.Execute("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey });
    }

    public override QueryResult QueryReadOnly(string sql)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Execute("SET TRANSACTION READ ONLY", transaction: transaction);
        try
        {
            using var reader = connection.ExecuteReader(sql, transaction: transaction);
            return QueryResults.Read(reader);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction)
        {
            throw new WriteRefusedException(e.MessageText);
        }
    }

    public override void Dispose()
    {
        foreach (var connection in _heldRuns.Values) connection.Dispose();
        _source.Dispose();
    }
}
