using DuckDB.NET.Data;
using PovertyEtl.Warehouse.Internal;

namespace PovertyEtl.Warehouse.DuckDb;

/// <summary>DuckDB's appender, in the connection's transaction: ~100x faster than parameterised inserts.</summary>
internal sealed class DuckDbBulkWriter(DuckDBAppender appender, int columns) : IBulkWriter
{
    public void Row(params object?[] values)
    {
        if (values.Length != columns) throw new ArgumentException($"{values.Length} values for {columns} columns");
        var row = appender.CreateRow();
        foreach (var value in values)
        {
            row = value switch
            {
                null => row.AppendNullValue(),
                string s => row.AppendValue(s),
                int i => row.AppendValue(i),
                long l => row.AppendValue(l),
                short s => row.AppendValue(s),
                decimal d => row.AppendValue(d),
                DateOnly d => row.AppendValue(d),
                DateTimeOffset t => row.AppendValue(t),
                bool b => row.AppendValue(b),
                long[] a => row.AppendValue<long>(a),
                _ => throw new ArgumentException($"no appender mapping for {value.GetType().Name}"),
            };
        }
        row.EndRow();
    }

    public void Complete() => appender.Close();

    public void Dispose() => appender.Dispose();
}
