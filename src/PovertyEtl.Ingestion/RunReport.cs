using PovertyEtl.Ingestion.History;

namespace PovertyEtl.Ingestion;

/// <summary>
/// What a run did: one outcome per file, and the run's status for <c>etl.run</c>.
/// <paramref name="Interrupted"/>: stopped (SIGTERM, Ctrl+C) before its last file was done.
/// </summary>
public sealed record RunReport(string RunId, string Trigger, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<FileOutcome> Files,
    bool Interrupted = false)
{
    public int Loaded => Files.Count(f => f.Status == FileOutcomeStatus.Loaded);
    public int Rejected => Files.Count(f => f.Status == FileOutcomeStatus.Rejected);
    public int Failed => Files.Count(f => f.Status == FileOutcomeStatus.Failed);

    /// <summary>
    /// A rejected file is the officer's to fix; only a fault on our side fails the run. A run
    /// stopped part-way is told as such, whatever its files did: the rest wait for the next run.
    /// </summary>
    public RunStatus Status => Interrupted ? RunStatus.Interrupted : Failed > 0 ? RunStatus.Failed : RunStatus.Succeeded;
}
