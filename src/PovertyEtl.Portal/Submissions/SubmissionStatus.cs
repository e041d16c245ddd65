using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Submissions;

/// <summary>
/// A submission's status as contracts.md spells it: <c>queued</c> in the inbox for the next run,
/// then what the load history says of the file (<c>loaded</c>, <c>rejected</c>, <c>duplicate</c>,
/// <c>superseded</c>, <c>failed</c>); a report rejected at upload is <c>rejected</c> from the start.
/// </summary>
public static class SubmissionStatus
{
    public const string Queued = "queued";
    public const string Loaded = "loaded";
    public const string Rejected = "rejected";
    public const string Duplicate = "duplicate";
    public const string Superseded = "superseded";
    public const string Failed = "failed";

    /// <summary>On the completeness board: a unit with nothing sent or loaded for the year.</summary>
    public const string Missing = "missing";

    /// <summary>Up to date: a file sent to the inbox follows its latest attempt in <c>etl.file_load</c>.</summary>
    public static string Of(SubmissionRecord submission) =>
        submission.InboxName is not null && submission.LoadStatus is { } load ? load : submission.Status;
}

/// <summary>The verdict on the report as sent, as <c>validate</c> spells it for the API.</summary>
public static class SubmissionOutcome
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
}
