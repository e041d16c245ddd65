using PovertyEtl.Pipeline.Reading.Sheets;
using PovertyEtl.Pipeline.Reports;

namespace PovertyEtl.Pipeline.Validation;

/// <summary>What of a report could be read: its metadata and its small sheets (the household list was streamed).</summary>
public sealed record ReportContents(ReportInfo Info, CommuneTable? Communes, SupportTable? Support);

/// <summary>The verdict on one file: which report it is (as far as it could be read), and everything found.</summary>
public sealed record ReportCheck(string FilePath, ReportContents? Contents, IReadOnlyList<Finding> Findings, int Errors, int Warnings)
{
    public string? DistrictCode => Contents?.Info.DistrictCode?.Value;
    public int? Year => Contents?.Info.Year?.Value;

    public bool Accepted => Errors == 0;

    /// <summary><c>ok</c> or <c>rejected</c>, as the command line and the load history name them.</summary>
    public string Outcome => Accepted ? "ok" : "rejected";

    /// <summary>The same verdict with findings that only the warehouse could make (start of year vs last year's end).</summary>
    public ReportCheck With(IReadOnlyList<Finding> more) => this with
    {
        Findings = [.. Findings, .. more],
        Errors = Errors + more.Count(f => f.Severity == Severity.Error),
        Warnings = Warnings + more.Count(f => f.Severity == Severity.Warning),
    };
}
