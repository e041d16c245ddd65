namespace PovertyEtl.Ingestion.History;

/// <summary>One row of <c>etl.file_load</c>: one attempt at one file, and how it ended.</summary>
public sealed record FileLoadRecord(long LoadId, string RunId, string FileName, string Sha256, string? DistrictCode, int? Year,
    LoadStatus Status, int Errors, int Warnings, long RowsLoaded, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt)
{
    /// <summary>The district before the 2025 reform; the province or commune after it.</summary>
    public string? ReportingUnit { get; init; }
}
