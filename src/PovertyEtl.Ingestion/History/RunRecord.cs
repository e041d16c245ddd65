namespace PovertyEtl.Ingestion.History;

/// <summary>One row of <c>etl.run</c>: a run of the ingest job, by schedule or by hand.</summary>
public sealed record RunRecord(string RunId, string Trigger, string Host, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    int FilesSeen, int FilesLoaded, int FilesRejected, RunStatus Status);

/// <summary>What started a run (<c>etl.run.trigger</c>).</summary>
public static class RunTrigger
{
    public const string Schedule = "schedule";
    public const string Manual = "manual";
}
