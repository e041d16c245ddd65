using PovertyEtl.Pipeline.Reports;

namespace PovertyEtl.Pipeline.Validation;

/// <summary>The verdict on one file: which report it is (as far as it could be read), and everything found.</summary>
public sealed record ReportCheck(string FilePath, string? DistrictCode, int? Year, IReadOnlyList<Finding> Findings, int Errors, int Warnings)
{
    public bool Accepted => Errors == 0;

    /// <summary><c>ok</c> or <c>rejected</c>, as the command line and the load history name them.</summary>
    public string Outcome => Accepted ? "ok" : "rejected";
}
