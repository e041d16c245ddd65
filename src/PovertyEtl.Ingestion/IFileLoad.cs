using PovertyEtl.Validation;

namespace PovertyEtl.Ingestion;

/// <summary>
/// One file's load, inside one transaction: households are written as the validator streams
/// them, the rest at <see cref="Commit"/>, which also supersedes the district-year's previous
/// load and records the history. Disposed without a commit, it rolls everything back.
/// </summary>
public interface IFileLoad : IHouseholdSink, IDisposable
{
    long LoadId { get; }

    LoadedFile Commit(AcceptedReport report, DateTimeOffset finishedAt);
}
