using System.Data.Common;
using Dapper;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// A connection and, when one is open, its transaction, with the engine's SQL dialect: shared
/// SQL is written with <c>@name</c> parameters and the engine rewrites what it needs.
/// </summary>
internal sealed class SqlSession(DbConnection connection, SqlWarehouse engine, Action release) : IDisposable
{
    public DbConnection Connection { get; } = connection;
    public DbTransaction? Transaction { get; private set; }

    public void Begin() => Transaction = Connection.BeginTransaction();

    public void Commit()
    {
        Transaction!.Commit();
        Transaction.Dispose();
        Transaction = null;
    }

    public int Execute(string sql, object? args = null) => Connection.Execute(engine.Dialect(sql), args, Transaction);

    public T? Scalar<T>(string sql, object? args = null) => Connection.ExecuteScalar<T>(engine.Dialect(sql), args, Transaction);

    public IEnumerable<T> Query<T>(string sql, object? args = null) => Connection.Query<T>(engine.Dialect(sql), args, Transaction);

    /// <summary>Rows of any shape, read through <see cref="Row"/> so both engines' CLR types are handled alike.</summary>
    public IEnumerable<Row> Rows(string sql, object? args = null) =>
        Connection.Query(engine.Dialect(sql), args, Transaction).Select(r => Row.Of((object)r));

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
