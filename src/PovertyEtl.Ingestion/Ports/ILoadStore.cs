using PovertyEtl.Ingestion.History;

namespace PovertyEtl.Ingestion.Ports;

/// <summary>
/// What the pipeline asks of the warehouse about one file: has it been loaded, open its load,
/// record an attempt that loads nothing, and the figures the warehouse-only rules compare with.
/// </summary>
public interface ILoadStore
{
    /// <summary>A load (current or superseded) of exactly these bytes, if any.</summary>
    Task<FileLoadRecord?> FindLoadOfAsync(string sha256, CancellationToken cancellation);

    /// <summary>Opens the file's transaction; disposing the load without a commit rolls it back.</summary>
    Task<IFileLoad> BeginLoadAsync(string runId, string fileName, string sha256, DateTimeOffset startedAt, CancellationToken cancellation);

    /// <summary>Records a rejected, duplicate or failed attempt with its findings; returns its load id.</summary>
    Task<long> RecordAttemptAsync(FileAttempt attempt, CancellationToken cancellation);

    /// <summary>
    /// For a report of <paramref name="reportingUnit"/> and <paramref name="year"/>, in one query:
    /// which of these communes already have figures for the year in a current load of another
    /// reporting unit (a province's report and a commune's own report covering one commune); and
    /// their year-end stocks of the year before, as loaded, the codes read in the units of
    /// <paramref name="year"/>: for a post-reform commune and a pre-reform year the stocks are the
    /// sums of the old communes it was made of, when they compare (whole units, all reported);
    /// otherwise the commune is absent.
    /// </summary>
    Task<WarehouseRuleFigures> WarehouseRuleFiguresAsync(IReadOnlyCollection<string> communeCodes, int year, string reportingUnit,
        CancellationToken cancellation);
}
