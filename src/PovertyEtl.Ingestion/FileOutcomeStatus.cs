using PovertyEtl.Ingestion.History;

namespace PovertyEtl.Ingestion;

/// <summary>
/// How one file ended in a run: the four of <c>etl.file_load</c> a run records (a file is never
/// superseded by its own run), and three that are not recorded there.
/// </summary>
public enum FileOutcomeStatus
{
    Loaded,
    Rejected,
    Duplicate,
    Failed,

    /// <summary>Dry run: the file would load (nothing was written).</summary>
    WouldLoad,

    /// <summary>Not worked on, and not recorded in <c>etl.file_load</c>: another process has it, or it is not a regular file.</summary>
    Skipped,

    /// <summary>Only moved where an earlier run's recorded outcome sent it; nothing recorded again.</summary>
    Placed,
}

/// <summary>
/// The words <c>ingest</c> prints for each file (and the logs say): a recorded outcome as
/// <c>etl.file_load</c> spells it, so the screen and <c>status</c> agree.
/// </summary>
public static class FileOutcomeStatusCodes
{
    public static string Code(this FileOutcomeStatus status) => status switch
    {
        FileOutcomeStatus.Loaded => LoadStatus.Loaded.Code(),
        FileOutcomeStatus.Rejected => LoadStatus.Rejected.Code(),
        FileOutcomeStatus.Duplicate => LoadStatus.Duplicate.Code(),
        FileOutcomeStatus.Failed => LoadStatus.Failed.Code(),
        FileOutcomeStatus.WouldLoad => "ok",
        FileOutcomeStatus.Skipped => "skipped",
        FileOutcomeStatus.Placed => "placed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
