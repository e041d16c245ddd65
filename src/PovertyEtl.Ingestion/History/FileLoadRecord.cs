namespace PovertyEtl.Ingestion.History;

/// <summary>One row of <c>etl.file_load</c>: one attempt at one file, and how it ended.</summary>
public sealed record FileLoadRecord(long LoadId, string RunId, string FileName, string Sha256, string? DistrictCode, int? Year,
    string Status, int Errors, int Warnings, long RowsLoaded, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt)
{
    /// <summary>The district before the 2025 reform; the province or commune after it.</summary>
    public string? ReportingUnit { get; init; }
}

/// <summary>The statuses of <c>etl.file_load</c>, as contracts.md names them.</summary>
public static class LoadStatus
{
    public const string Loaded = "loaded";
    public const string Rejected = "rejected";
    public const string Duplicate = "duplicate";
    public const string Superseded = "superseded";
    public const string Failed = "failed";
}

/// <summary>The statuses of <c>etl.run</c>.</summary>
public static class RunStatus
{
    public const string Running = "running";
    /// <summary>Every file ended loaded, duplicate or rejected (a rejected file is the officer's to fix, not a failed run).</summary>
    public const string Succeeded = "succeeded";
    /// <summary>
    /// Some file could not be processed for a fault on our side (those files wait in the inbox); or the
    /// run never finished (process killed, warehouse gone): such a run is closed as failed at the next start.
    /// </summary>
    public const string Failed = "failed";

    /// <summary>Stopped by SIGTERM or Ctrl+C before its last file: the file in hand rolled back, it and the rest wait for the next run.</summary>
    public const string Interrupted = "interrupted";
}
