using Npgsql;
using NpgsqlTypes;
using PovertyEtl.Warehouse.Internal;

namespace PovertyEtl.Warehouse.Postgres;

/// <summary>PostgreSQL's binary COPY, in the session's transaction: the fastest way in (~350k rows/s here).</summary>
internal sealed class PostgresBulkWriter(NpgsqlBinaryImporter importer, int columns) : IBulkWriter
{
    public void Row(params object?[] values)
    {
        if (values.Length != columns) throw new ArgumentException($"{values.Length} values for {columns} columns");
        importer.StartRow();
        foreach (var value in values)
        {
            switch (value)
            {
                case null: importer.WriteNull(); break;
                case string s: importer.Write(s, NpgsqlDbType.Text); break;
                case int i: importer.Write(i, NpgsqlDbType.Integer); break;
                case long l: importer.Write(l, NpgsqlDbType.Bigint); break;
                case short s: importer.Write(s, NpgsqlDbType.Smallint); break;
                case decimal d: importer.Write(d, NpgsqlDbType.Numeric); break;
                case DateOnly d: importer.Write(d, NpgsqlDbType.Date); break;
                case DateTimeOffset t: importer.Write(t.UtcDateTime, NpgsqlDbType.TimestampTz); break;
                case bool b: importer.Write(b, NpgsqlDbType.Boolean); break;
                case long[] a: importer.Write(a, NpgsqlDbType.Array | NpgsqlDbType.Bigint); break;
                default: throw new ArgumentException($"no COPY mapping for {value.GetType().Name}");
            }
        }
    }

    private bool _done;

    /// <summary>Completes the COPY and ends it: the connection takes commands again only after that.</summary>
    public void Complete()
    {
        importer.Complete();
        importer.Dispose();
        _done = true;
    }

    /// <summary>Without <see cref="Complete"/>, cancels the COPY.</summary>
    public void Dispose()
    {
        if (!_done) importer.Dispose();
        _done = true;
    }
}
