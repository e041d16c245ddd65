namespace PovertyEtl.Ingestion.Ports;

/// <summary>The result of a read-only query: column names and rows of plain values.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
