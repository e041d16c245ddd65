namespace PovertyEtl.Ingestion.History;

/// <summary>How one file attempt ended, as <c>etl.file_load.status</c> records it.</summary>
public enum LoadStatus { Loaded, Rejected, Duplicate, Superseded, Failed }

/// <summary>
/// The words contracts.md gives the statuses of <c>etl.file_load</c>: the warehouse stores them,
/// BI tools and <c>status</c> read them, so this is the only place that spells them.
/// </summary>
public static class LoadStatusCodes
{
    public static string Code(this LoadStatus status) => status switch
    {
        LoadStatus.Loaded => "loaded",
        LoadStatus.Rejected => "rejected",
        LoadStatus.Duplicate => "duplicate",
        LoadStatus.Superseded => "superseded",
        LoadStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>A history row's status; a word this version does not know means the row was not written by it.</summary>
    public static LoadStatus FromCode(string code) => code switch
    {
        "loaded" => LoadStatus.Loaded,
        "rejected" => LoadStatus.Rejected,
        "duplicate" => LoadStatus.Duplicate,
        "superseded" => LoadStatus.Superseded,
        "failed" => LoadStatus.Failed,
        _ => throw new InvalidDataException($"etl.file_load.status '{code}' is not a status this version knows"),
    };
}
