namespace PovertyEtl.Ingestion.History;

/// <summary>
/// One row of <c>etl.run</c>: a run of the ingest job, by schedule or by hand. A run of a
/// cluster's nodes is <see cref="Shared"/>: the leader's, or a node's part of it
/// (<see cref="PartOf"/> names the leader's run).
/// </summary>
public sealed record RunRecord(string RunId, string Trigger, string Host, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    int FilesSeen, int FilesLoaded, int FilesRejected, RunStatus Status)
{
    public bool Shared { get; init; }

    public string? PartOf { get; init; }
}

/// <summary>What started a run (<c>etl.run.trigger</c>).</summary>
public static class RunTrigger
{
    public const string Schedule = "schedule";
    public const string Manual = "manual";
}
