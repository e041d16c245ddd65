using PovertyEtl.Validation;

namespace PovertyEtl.Ingestion.Ports;

/// <summary>
/// One file's load, inside one transaction: households are written as the validator streams
/// them (synchronously, row by row, into the engine's bulk writer), the rest at
/// <see cref="CommitAsync"/>, which also supersedes the reporting unit's previous load of the year
/// and records the history. Disposed without a commit, it rolls everything back.
/// </summary>
public interface IFileLoad : IHouseholdSink, IDisposable
{
    long LoadId { get; }

    /// <summary>
    /// Commits the load, the last committed superseding the current load of its reporting unit and
    /// year; except within one shared run of a cluster (<paramref name="inSharedRun"/>): a current
    /// load of the same shared run whose file sits later in the inbox stays current, and this load
    /// is committed already superseded by it (its rows kept), so an older file never overtakes a
    /// newer one of its unit whichever node commits last.
    /// </summary>
    Task<LoadedFile> CommitAsync(AcceptedReport report, DateTimeOffset finishedAt, SharedRunPlace? inSharedRun, CancellationToken cancellation);
}
