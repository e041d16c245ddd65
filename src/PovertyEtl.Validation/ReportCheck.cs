using PovertyEtl.Reading.Sheets;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Validation;

/// <summary>What of a report could be read: its metadata and its small sheets (the household list was streamed).</summary>
public sealed record ReportContents(ReportInfo Info, CommuneTable? Communes, SupportTable? Support, ReportScope Scope);

/// <summary>The verdict on one file: which report it is (as far as it could be read), and everything found.</summary>
public sealed record ReportCheck(string FilePath, ReportContents? Contents, IReadOnlyList<Finding> Findings, int Errors, int Warnings)
{
    /// <summary>The district (reports of 2024 and before); null after the 2025 reform, which abolished districts.</summary>
    public string? DistrictCode => Contents?.Scope.PostReform == true ? null : Contents?.Info.DistrictCode?.Value;

    public string? ProvinceCode => Contents?.Info.ProvinceCode?.Value;

    /// <summary>Whom the report is from: its district before the reform, its province or commune after (see <see cref="ReportInfo.ReportingUnit"/>).</summary>
    public string? ReportingUnit => Contents?.Info.ReportingUnit;
    public int? Year => Contents?.Info.Year?.Value;

    public bool Accepted => Errors == 0;

    public ReportOutcome Outcome => Accepted ? ReportOutcome.Ok : ReportOutcome.Rejected;

    /// <summary>The report as a load commits it; null when it has an error.</summary>
    public AcceptedReport? AsAccepted() => Accepted ? new AcceptedReport(this) : null;

    /// <summary>The same verdict with findings that only the warehouse could make (start of year vs last year's end).</summary>
    public ReportCheck With(IReadOnlyList<Finding> more) => this with
    {
        Findings = [.. Findings, .. more],
        Errors = Errors + more.Count(f => f.Severity == Severity.Error),
        Warnings = Warnings + more.Count(f => f.Severity == Severity.Warning),
    };
}
