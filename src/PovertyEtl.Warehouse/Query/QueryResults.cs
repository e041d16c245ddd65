using System.Data.Common;
using PovertyEtl.Ingestion.Ports;

namespace PovertyEtl.Warehouse.Query;

/// <summary>Reads a user's result whole, each value as the engine's CLR type, or as near as .NET can hold it.</summary>
internal static class QueryResults
{
    public static async Task<QueryResult> ReadAsync(DbDataReader reader, CancellationToken cancellation)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellation))
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++) values[i] = Value(reader, i);
            rows.Add(values);
        }
        return new QueryResult(columns, rows);
    }

    /// <summary>
    /// A PostgreSQL numeric NaN or Infinity has no <see cref="decimal"/>, and Npgsql refuses to read
    /// it as one: it is read as the <see cref="double"/> it is, which the formats then write.
    /// </summary>
    private static object? Value(DbDataReader reader, int column)
    {
        if (reader.IsDBNull(column)) return null;
        try
        {
            return reader.GetValue(column);
        }
        catch (InvalidCastException)
        {
            return reader.GetDouble(column);
        }
    }
}
