namespace PovertyEtl.Validation;

/// <summary>
/// A report without a single error, as the load commits it: whom it is from, its year, the
/// communes' stocks and flows, the support lines, and its warnings for the history. It cannot
/// exist with errors: only <see cref="ReportCheck.AsAccepted"/> makes one. It carries no sheet
/// layout: the warehouse needs the figures, not where they stood.
/// </summary>
public sealed class AcceptedReport
{
    internal AcceptedReport(ReportCheck check)
    {
        ReportingUnit = check.ReportingUnit ?? throw new InvalidOperationException("a report without errors names its reporting unit");
        Year = check.Year ?? throw new InvalidOperationException("a report without errors names its year");
        DistrictCode = check.DistrictCode;
        ProvinceCode = check.ProvinceCode;
        Communes = check.Contents?.Communes?.Communes ?? [];
        SupportLines = check.Contents?.Support?.Lines ?? [];
        Findings = check.Findings;
        Warnings = check.Warnings;
    }

    /// <summary>The district before the 2025 reform; the province or commune after it.</summary>
    public string ReportingUnit { get; }
    public int Year { get; }

    /// <summary>The district (reports of 2024 and before); null after the reform.</summary>
    public string? DistrictCode { get; }
    public string? ProvinceCode { get; }
    public IReadOnlyList<CommuneSummary> Communes { get; }
    public IReadOnlyList<SupportLine> SupportLines { get; }

    /// <summary>Warnings and notes only: an accepted report has none of error severity.</summary>
    public IReadOnlyList<Finding> Findings { get; }
    public int Warnings { get; }
}
