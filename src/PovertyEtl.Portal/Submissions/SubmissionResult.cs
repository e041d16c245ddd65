using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Submissions;

/// <summary>How an upload ended: kept (with its record and findings), or refused as another unit's report (nothing kept).</summary>
public sealed record SubmissionResult(SubmissionRecord? Submission, IReadOnlyList<Finding> Findings, string? OtherUnit)
{
    public static SubmissionResult Kept(SubmissionRecord submission, IReadOnlyList<Finding> findings) => new(submission, findings, null);

    public static SubmissionResult NotYourUnit(string reportUnit) => new(null, [], reportUnit);
}
