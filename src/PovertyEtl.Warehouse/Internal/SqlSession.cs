using System.Data.Common;
using Dapper;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// A connection and, when one is open, its transaction, with the engine's <see cref="SqlDialect"/>.
/// The asynchronous calls take the caller's cancellation token; the synchronous ones serve the
/// start-up work (migrations, reference dimensions) and the bulk writers, which stay row by row.
/// </summary>
internal sealed class SqlSession(DbConnection connection, SqlWarehouse engine, Action release) : IDisposable
{
    public DbConnection Connection { get; } = connection;
    public DbTransaction? Transaction { get; private set; }
    public SqlDialect Dialect => engine.Dialect;

    public void Begin() => Transaction = Connection.BeginTransaction();

    public async Task BeginAsync(CancellationToken cancellation) => Transaction = await Connection.BeginTransactionAsync(cancellation);

    public void Commit()
    {
        Transaction!.Commit();
        Transaction.Dispose();
        Transaction = null;
    }

    /// <summary>Ends a failed transaction, so the connection can still be used (to release a lock) before the fault goes on.</summary>
    public void Rollback()
    {
        Transaction?.Rollback();
        Transaction?.Dispose();
        Transaction = null;
    }

    public async Task CommitAsync(CancellationToken cancellation)
    {
        await Transaction!.CommitAsync(cancellation);
        await Transaction.DisposeAsync();
        Transaction = null;
    }

    public int Execute(string sql, object? args = null) => Connection.Execute(sql, args, Transaction);

    /// <summary>A statement whose time grows with the warehouse (a migration filling a table from the household list): no command timeout.</summary>
    public int ExecuteUnbounded(string sql) => Connection.Execute(sql, null, Transaction, commandTimeout: 0);

    public T? Scalar<T>(string sql, object? args = null) => Connection.ExecuteScalar<T>(sql, args, Transaction);

    public IEnumerable<T> Query<T>(string sql, object? args = null) => Connection.Query<T>(sql, args, Transaction);

    /// <summary>Rows of any shape, read through <see cref="Row"/> so both engines' CLR types are handled alike.</summary>
    public IEnumerable<Row> Rows(string sql, object? args = null) =>
        Connection.Query(sql, args, Transaction).Select(r => Row.Of((object)r));

    public Task<int> ExecuteAsync(string sql, object? args, CancellationToken cancellation) =>
        Connection.ExecuteAsync(Command(sql, args, cancellation));

    public Task<T?> ScalarAsync<T>(string sql, object? args, CancellationToken cancellation) =>
        Connection.ExecuteScalarAsync<T>(Command(sql, args, cancellation));

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args, CancellationToken cancellation) =>
        [.. await Connection.QueryAsync<T>(Command(sql, args, cancellation))];

    public async Task<IReadOnlyList<Row>> RowsAsync(string sql, object? args, CancellationToken cancellation) =>
        [.. (await Connection.QueryAsync(Command(sql, args, cancellation))).Select(r => Row.Of((object)r))];

    private CommandDefinition Command(string sql, object? args, CancellationToken cancellation) =>
        new(sql, args, Transaction, cancellationToken: cancellation);

    public IBulkWriter Bulk(string table, params string[] columns) => engine.BulkWriter(this, table, columns);

    private bool _released;

    /// <summary>Rolls back an uncommitted transaction and gives the connection back; safe to call twice.</summary>
    public void Dispose()
    {
        if (_released) return;
        _released = true;
        Transaction?.Rollback();
        Transaction?.Dispose();
        Transaction = null;
        release();
    }
}
