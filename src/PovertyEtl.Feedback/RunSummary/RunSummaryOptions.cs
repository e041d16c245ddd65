namespace PovertyEtl.Feedback.RunSummary;

/// <summary>The <c>Reports</c> section of the configuration: where run summary pages go, and the threshold they count communes under.</summary>
public sealed record RunSummaryOptions
{
    public string Path { get; init; } = "data/reports";

    /// <summary>
    /// A commune "under the threshold" has a poor-household rate below this many percent, as
    /// provincial targets count them (4 % by default).
    /// </summary>
    public decimal PovertyRateThreshold { get; init; } = 4m;
}
