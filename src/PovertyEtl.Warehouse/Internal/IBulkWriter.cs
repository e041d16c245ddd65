namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// Fast row writing into one table inside the current transaction: DuckDB's appender or
/// PostgreSQL's binary COPY. Values must have the column's exact CLR type (int for integer,
/// long for bigint, short for smallint, decimal for numeric, DateOnly for date, string for text, long[] for bigint[]).
/// </summary>
internal interface IBulkWriter : IDisposable
{
    void Row(params object?[] values);

    /// <summary>Flushes what was written; disposing without it discards (the transaction rolls back anyway).</summary>
    void Complete();
}
