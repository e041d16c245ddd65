using System.Data;
using Npgsql;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Warehouse.Query;

namespace PovertyEtl.Warehouse.Postgres;

/// <summary>
/// The <c>sql</c> command on PostgreSQL: a connection of its own (never pooled, so nothing it did
/// outlives it), in a READ ONLY transaction, as the BI role <c>povertyetl_bi</c> (which reads the
/// <c>mart</c> views and <c>etl.file_load</c> only), one statement that returns rows. Each guard
/// is the server's own: a batch statement is parsed as one prepared statement (several are a
/// syntax error), described before it runs (no columns: a command, not a query, refused), and
/// after it ran the session must still be the BI role in a read-only transaction (a
/// <c>set_config('role', …)</c> inside a query is caught there; its rows are never shown).
/// </summary>
internal sealed class PostgresReadOnlyQueries(WarehouseLocation location, NpgsqlDataSource source) : IReadOnlyQueries
{
    public const string ReadingRole = "povertyetl_bi";

    public string Description => location.Description;

    public static PostgresReadOnlyQueries Open(WarehouseLocation location) =>
        new(location, PostgresWarehouse.Connect(location, b => b.Pooling = false));

    public async Task<QueryResult> RunAsync(string statement, CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await Execute(connection, transaction, "SET TRANSACTION READ ONLY", cancellation);
        await BecomeReadingRole(connection, transaction, cancellation);
        try
        {
            if (await ColumnsOf(connection, transaction, statement, cancellation) == 0)
                throw new QueryRefusedException("chỉ chạy câu truy vấn trả về dòng / only a query that returns rows is run (SELECT, WITH, VALUES, TABLE, SHOW, EXPLAIN)");
            QueryResult result;
            await using (var batch = Batch(connection, transaction, statement))
            await using (var reader = await batch.ExecuteReaderAsync(cancellation))
                result = await QueryResults.ReadAsync(reader, cancellation);
            await EnsureStillReadOnly(connection, transaction, cancellation);
            return result;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new QueryRefusedException(e.MessageText, e);
        }
    }

    private static async Task BecomeReadingRole(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellation)
    {
        try
        {
            await Execute(connection, transaction, $"SET LOCAL ROLE {ReadingRole}", cancellation);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidParameterValue or PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new QueryRefusedException($"không dùng được vai trò chỉ đọc {ReadingRole} / the read-only role {ReadingRole} is missing or not granted to this login " +
                                            $"(README, BI access): {e.MessageText}", e);
        }
    }

    /// <summary>How many columns the statement returns, asked of the server without running it.</summary>
    private static async Task<int> ColumnsOf(NpgsqlConnection connection, NpgsqlTransaction transaction, string statement, CancellationToken cancellation)
    {
        await using var batch = Batch(connection, transaction, statement);
        await using var reader = await batch.ExecuteReaderAsync(CommandBehavior.SchemaOnly, cancellation);
        return reader.FieldCount;
    }

    private static async Task EnsureStillReadOnly(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellation)
    {
        await using var check = new NpgsqlCommand(
            $"SELECT current_user = '{ReadingRole}' AND current_setting('transaction_read_only') = 'on'", connection, transaction);
        if (await check.ExecuteScalarAsync(cancellation) is not true)
            throw new QueryRefusedException("câu lệnh đã đổi vai trò hoặc chế độ chỉ đọc / the statement changed the session's role or read-only mode");
    }

    /// <summary>
    /// One batch command is sent as one prepared statement, which PostgreSQL parses whole: text
    /// holding several statements is refused by the server, never split by the client.
    /// </summary>
    private static NpgsqlBatch Batch(NpgsqlConnection connection, NpgsqlTransaction transaction, string statement) =>
        new(connection, transaction) { BatchCommands = { new NpgsqlBatchCommand(statement) } };

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
