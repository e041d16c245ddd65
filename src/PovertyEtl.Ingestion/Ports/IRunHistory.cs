using PovertyEtl.Ingestion.History;

namespace PovertyEtl.Ingestion.Ports;

/// <summary>The runs of the ingest job (<c>etl.run</c>) and the file attempts they made (<c>etl.file_load</c>).</summary>
public interface IRunHistory
{
    /// <summary>
    /// Closes as <c>failed</c> the runs no live process holds any more (killed mid-run, or unable to
    /// record their end): their files' transactions rolled back and the files wait for the next run.
    /// Returns how many.
    /// </summary>
    Task<int> CloseInterruptedRunsAsync(DateTimeOffset now, CancellationToken cancellation);

    Task StartRunAsync(RunRecord run, CancellationToken cancellation);

    Task FinishRunAsync(RunRecord run, CancellationToken cancellation);

    /// <summary>The shared runs of a cluster whose leader has not recorded its end (alive or dead: see <see cref="IsRunAliveAsync"/>), oldest first.</summary>
    Task<IReadOnlyList<RunRecord>> SharedRunsUnderWayAsync(CancellationToken cancellation);

    /// <summary>The parts of shared runs that have not recorded their end (alive or dead).</summary>
    Task<IReadOnlyList<string>> PartsUnderWayAsync(CancellationToken cancellation);

    /// <summary>Whether some live process still holds the run (a dead process's run is never alive again).</summary>
    Task<bool> IsRunAliveAsync(string runId, CancellationToken cancellation);

    /// <summary>Records, in one statement, a run that is over as it starts (a nightly run that found the inbox empty): no live run to hold.</summary>
    Task RecordFinishedRunAsync(RunRecord run, CancellationToken cancellation);

    /// <summary>The last <paramref name="count"/> runs, newest first.</summary>
    Task<IReadOnlyList<RunRecord>> RecentRunsAsync(int count, CancellationToken cancellation);

    /// <summary>When the last run of this trigger started, if any ever did.</summary>
    Task<DateTimeOffset?> LastRunStartedAsync(string trigger, CancellationToken cancellation);

    /// <summary>Every file attempt of these runs, in load order.</summary>
    Task<IReadOnlyList<FileLoadRecord>> FileLoadsOfAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellation);

    /// <summary>The file each of these loads came from, by load id (unknown ids are absent).</summary>
    Task<IReadOnlyDictionary<long, string>> FileNamesOfLoadsAsync(IReadOnlyCollection<long> loadIds, CancellationToken cancellation);
}
