using DuckDB.NET.Data;
using DuckDB.NET.Native;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Warehouse.Query;

namespace PovertyEtl.Warehouse.DuckDb;

/// <summary>
/// The <c>sql</c> command on the embedded warehouse: the file opened read-only, with external
/// access off and the configuration locked (<see cref="DuckDbConnectionStrings.ForReading"/>), so
/// DuckDB itself refuses writes, other files, extensions and attached databases; and one
/// statement only, counted by DuckDB's own parser before anything runs.
/// </summary>
internal sealed class DuckDbReadOnlyQueries : IReadOnlyQueries
{
    private readonly WarehouseLocation _location;
    private readonly DuckDBConnection _connection;

    private DuckDbReadOnlyQueries(WarehouseLocation location, DuckDBConnection connection)
    {
        _location = location;
        _connection = connection;
    }

    public string Description => _location.Description;

    public static DuckDbReadOnlyQueries Open(WarehouseLocation location) =>
        new(location, DuckDbWarehouse.Connect(location, DuckDbConnectionStrings.ForReading(location.ConnectionString), mustExist: true));

    public async Task<QueryResult> RunAsync(string statement, CancellationToken cancellation)
    {
        var count = StatementCount(statement);
        if (count != 1) throw new QueryRefusedException($"một câu lệnh mỗi lần / one statement at a time ({count} given)");
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = statement;
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            return await QueryResults.ReadAsync(reader, cancellation);
        }
        catch (DuckDBException e) when (Refusal(e.ErrorType))
        {
            throw new QueryRefusedException(e.Message.Split('\n')[0], e);
        }
    }

    /// <summary>
    /// How DuckDB tells a statement refused by the read-only, locked configuration: a write to the
    /// read-only file or a change of a locked setting (invalid input), a file outside it or an
    /// extension (permission). Any other error is the engine's own, about the statement.
    /// </summary>
    private static bool Refusal(DuckDBErrorType type) => type is DuckDBErrorType.InvalidInput or DuckDBErrorType.Permission;

    /// <summary>How many statements DuckDB's parser finds in the text (a syntax error counts as one, for the engine to report).</summary>
    private int StatementCount(string statement)
    {
        var count = NativeMethods.ExtractStatements.DuckDBExtractStatements(_connection.NativeConnection, statement, out var extracted);
        extracted.Dispose();
        return count == 0 && statement.Trim().Length > 0 ? 1 : count;
    }

    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        DuckDbFileLock.Closed(_location.ConnectionString);
        return ValueTask.CompletedTask;
    }
}
