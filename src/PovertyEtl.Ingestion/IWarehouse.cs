using PovertyEtl.Domain.Reference;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Validation.Rules;

namespace PovertyEtl.Ingestion;

/// <summary>
/// The warehouse, whichever engine holds it (embedded DuckDB or PostgreSQL): schema migrations,
/// reference dimensions, one transaction per file, load history and read-only queries.
/// </summary>
public interface IWarehouse : IDisposable
{
    /// <summary>Names the warehouse for messages and logs (engine and place, never a password).</summary>
    string Description { get; }

    /// <summary>Applies the migrations not yet journaled; returns their names.</summary>
    IReadOnlyList<string> Migrate();

    /// <summary>Brings the dimensions up to the reference data (units, years, categories, indicators, programs, ethnicities).</summary>
    void SyncReference(ReferenceData reference);

    /// <summary>
    /// Closes as <c>failed</c> the runs no live process holds any more (killed mid-run, or unable to
    /// record their end): their files' transactions rolled back and the files wait for the next run.
    /// Returns how many.
    /// </summary>
    int CloseInterruptedRuns(DateTimeOffset now);

    void StartRun(RunRecord run);

    void FinishRun(RunRecord run);

    /// <summary>A load (current or superseded) of exactly these bytes, if any.</summary>
    FileLoadRecord? FindLoadOf(string sha256);

    IFileLoad BeginLoad(string runId, string fileName, string sha256, DateTimeOffset startedAt);

    long RecordAttempt(FileAttempt attempt);

    /// <summary>
    /// The year-end stocks of these communes in <paramref name="year"/>, as loaded. Codes are read in
    /// the units of <paramref name="unitsOfYear"/>: for a post-reform commune and a pre-reform year
    /// the stocks are the sums of the old communes it was made of, when they compare (whole units,
    /// all reported); otherwise the commune is absent.
    /// </summary>
    IReadOnlyList<YearEndStocks> YearEndStocks(IReadOnlyCollection<string> communeCodes, int year, int unitsOfYear);

    /// <summary>
    /// Which of these communes already have figures for <paramref name="year"/> in a current load of
    /// another reporting unit (a province's report and a commune's own report covering one commune).
    /// </summary>
    IReadOnlyList<CommuneReportedElsewhere> CommunesReportedElsewhere(IReadOnlyCollection<string> communeCodes, int year, string reportingUnit);

    QueryResult QueryReadOnly(string sql);

    IReadOnlyList<RunRecord> RecentRuns(int count);

    /// <summary>When the last run of this trigger started, if any ever did.</summary>
    DateTimeOffset? LastRunStarted(string trigger);

    IReadOnlyList<FileLoadRecord> FileLoadsOf(IReadOnlyCollection<string> runIds);
}
