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
    /// A PostgreSQL numeric NaN or ±Infinity has no <see cref="decimal"/>, and Npgsql reads a
    /// numeric only as one: such a value is told by the sign word of its binary form (0xC000 NaN,
    /// 0xD000 +Infinity, 0xF000 −Infinity) and given as the <see cref="double"/> it is. Any other
    /// value .NET cannot hold stays the engine's <see cref="InvalidCastException"/> or
    /// <see cref="OverflowException"/>, for the command to report.
    /// </summary>
    private static object? Value(DbDataReader reader, int column)
    {
        if (reader.IsDBNull(column)) return null;
        try
        {
            return reader.GetValue(column);
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException && reader.GetDataTypeName(column) == "numeric"
                                  && SpecialNumeric(reader, column) is { } special)
        {
            return special;
        }
    }

    private static double? SpecialNumeric(DbDataReader reader, int column)
    {
        using var binary = reader.GetStream(column);
        Span<byte> header = stackalloc byte[8];
        if (binary.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) return null;
        return (header[4] << 8 | header[5]) switch
        {
            0xC000 => double.NaN,
            0xD000 => double.PositiveInfinity,
            0xF000 => double.NegativeInfinity,
            _ => null,
        };
    }
}
