using Dapper;
using Npgsql;
using PovertyEtl.Warehouse.Internal;

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
        var source = Connect(location);
        return new PostgresWarehouse(location, time, source);
    }

    /// <summary>For reading only (<c>status</c>): a database never migrated is no warehouse yet, and is left as it is.</summary>
    public static PostgresWarehouse OpenExisting(WarehouseLocation location, TimeProvider time)
    {
        var source = Connect(location);
        using (var connection = source.OpenConnection())
        {
            if (connection.ExecuteScalar<bool>("SELECT to_regclass('etl.run') IS NULL"))
            {
                source.Dispose();
                throw new WarehouseMissingException(location.Description,
                    "cơ sở dữ liệu chưa có kho PovertyEtl / no PovertyEtl warehouse in this database yet (run migrate first)");
            }
        }
        return new PostgresWarehouse(location, time, source);
    }

    /// <summary>A data source whose server answered; one that does not is <see cref="WarehouseUnreachableException"/>.</summary>
    internal static NpgsqlDataSource Connect(WarehouseLocation location, Action<NpgsqlConnectionStringBuilder>? adjust = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        adjust?.Invoke(builder);
        var source = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            using var probe = source.OpenConnection();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            source.Dispose();
            throw new WarehouseUnreachableException(location.Description, e.Message, e);
        }
        return source;
    }

    internal override SqlDialect Dialect => SqlDialect.Postgres;

    // A run is held by a session-level advisory lock on a connection of its own: the lock goes with
    // the process, however it dies, so another node can tell a dead run from one still going.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NpgsqlConnection> _heldRuns = new(StringComparer.Ordinal);

    private static string RunLockKey(string runId) => "povertyetl:run:" + runId;

    protected override async Task HoldRunAsync(string runId, CancellationToken cancellation)
    {
        var connection = await _source.OpenConnectionAsync(cancellation);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(hashtext(@key))", new { key = RunLockKey(runId) },
            cancellationToken: cancellation));
        _heldRuns[runId] = connection;
    }

    protected override void ReleaseRun(string runId)
    {
        if (_heldRuns.TryRemove(runId, out var connection)) connection.Dispose();
    }

    protected override async Task<bool> IsRunHeldAsync(string runId, CancellationToken cancellation)
    {
        if (_heldRuns.ContainsKey(runId)) return true;
        await using var connection = await _source.OpenConnectionAsync(cancellation);
        var key = new { key = RunLockKey(runId) };
        var free = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT pg_try_advisory_lock(hashtext(@key))", key, cancellationToken: cancellation));
        if (free) await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(hashtext(@key))", key, cancellationToken: cancellation));
        return !free;
    }

    internal override SqlSession Session()
    {
        var connection = _source.OpenConnection();
        return new SqlSession(connection, this, connection.Dispose);
    }

    internal override async Task<SqlSession> SessionAsync(CancellationToken cancellation)
    {
        var connection = await _source.OpenConnectionAsync(cancellation);
        return new SqlSession(connection, this, connection.Dispose);
    }

    internal override IBulkWriter BulkWriter(SqlSession session, string table, string[] columns) =>
        new PostgresBulkWriter(((NpgsqlConnection)session.Connection).BeginBinaryImport(
            $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)"), columns.Length);

    /// <summary>
    /// Gives the planner the dimensions' statistics. A dimension has a few dozen rows written once:
    /// below autovacuum's threshold of 50 changes, so it is never analysed on its own, and the
    /// planner then guesses hundreds of rows per year and standard, plans the mart views' joins for
    /// thousands of rows where there are 582,360, and sorts them on disk: reading
    /// mart.deprivation_commune_year in full took 3.8 s with three national years, 0.22 s once
    /// analysed (bench --bi). Only tables never analysed or changed since are analysed.
    /// </summary>
    protected override void AfterReferenceSync(SqlSession session)
    {
        var stale = session.Query<string>("SELECT relname FROM pg_stat_user_tables WHERE schemaname = 'dw' AND relname LIKE 'dim\\_%' " +
                                          "AND (n_mod_since_analyze > 0 OR (last_analyze IS NULL AND last_autoanalyze IS NULL)) ORDER BY relname").ToList();
        if (stale.Count > 0) session.Execute("ANALYZE " + string.Join(", ", stale.Select(t => "dw." + t)));
    }

    internal override Task LockReportingUnitYearAsync(SqlSession session, string reportingUnit, int year, CancellationToken cancellation) =>
        session.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext(@key))", new { key = $"povertyetl:unit-year:{reportingUnit}:{year}" }, cancellation);

    protected override IDisposable MigrationLock(SqlSession session)
    {
        session.Execute("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey });
        return new Unlock(session);
    }

    private sealed class Unlock(SqlSession session) : IDisposable
    {
        public void Dispose() => session.Execute("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey });
    }

    public override void Dispose()
    {
        foreach (var connection in _heldRuns.Values) connection.Dispose();
        _source.Dispose();
    }
}
