using PovertyEtl.Ingestion.History;

namespace PovertyEtl.Ingestion;

/// <summary>What a run did: one outcome per file, and the run's status for <c>etl.run</c>.</summary>
public sealed record RunReport(string RunId, string Trigger, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<FileOutcome> Files)
{
    public int Loaded => Files.Count(f => f.Status == LoadStatus.Loaded);
    public int Rejected => Files.Count(f => f.Status == LoadStatus.Rejected);
    public int Failed => Files.Count(f => f.Status == LoadStatus.Failed);

    /// <summary>A rejected file is the officer's to fix; only a fault on our side fails the run.</summary>
    public string Status => Failed > 0 ? RunStatus.Failed : RunStatus.Succeeded;
}
