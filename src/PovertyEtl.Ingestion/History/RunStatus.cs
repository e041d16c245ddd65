namespace PovertyEtl.Ingestion.History;

/// <summary>Where a run of the ingest job stands, as <c>etl.run.status</c> records it.</summary>
public enum RunStatus
{
    Running,

    /// <summary>Every file ended loaded, duplicate or rejected (a rejected file is the officer's to fix, not a failed run).</summary>
    Succeeded,

    /// <summary>
    /// Some file could not be processed for a fault on our side (those files wait in the inbox); or the
    /// run never finished (process killed, warehouse gone): such a run is closed as failed at the next start.
    /// </summary>
    Failed,

    /// <summary>Stopped by SIGTERM or Ctrl+C before its last file: the file in hand rolled back, it and the rest wait for the next run.</summary>
    Interrupted,
}

/// <summary>
/// The words contracts.md gives the statuses of <c>etl.run</c>: the warehouse stores them, cron
/// wrappers and <c>status</c> read them, so this is the only place that spells them.
/// </summary>
public static class RunStatusCodes
{
    public static string Code(this RunStatus status) => status switch
    {
        RunStatus.Running => "running",
        RunStatus.Succeeded => "succeeded",
        RunStatus.Failed => "failed",
        RunStatus.Interrupted => "interrupted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>A history row's status; a word this version does not know means the row was not written by it.</summary>
    public static RunStatus FromCode(string code) => code switch
    {
        "running" => RunStatus.Running,
        "succeeded" => RunStatus.Succeeded,
        "failed" => RunStatus.Failed,
        "interrupted" => RunStatus.Interrupted,
        _ => throw new InvalidDataException($"etl.run.status '{code}' is not a status this version knows"),
    };
}
