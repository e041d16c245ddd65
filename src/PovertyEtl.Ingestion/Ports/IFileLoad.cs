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

    Task<LoadedFile> CommitAsync(AcceptedReport report, DateTimeOffset finishedAt, CancellationToken cancellation);
}
