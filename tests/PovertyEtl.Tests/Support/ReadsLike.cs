using PovertyEtl.Validation;
using Xunit;

namespace PovertyEtl.Tests.Support;

/// <summary>The assertion behind every layout test: however the report is laid out, it reads as the tidy one.</summary>
public static class ReadsLike
{
    /// <summary>
    /// The report validates with no error or warning, and its communes, households and support
    /// lines carry the tidy values. Returns what was read, for the test's own checks.
    /// </summary>
    public static ReadReport TheTidyReport(TidyReport report)
    {
        var check = report.Check();
        Assert.True(check.Problems().Count == 0, check.Findings.Describe());

        var read = report.Read();
        var communes = read.Communes!.Communes;
        Assert.Equal(TidyData.Communes.Select(c => c.Code), communes.Select(c => c.CommuneCode));
        foreach (var (expected, actual) in TidyData.Communes.Zip(communes))
        {
            Assert.Equal(expected.Total, actual.TotalHouseholds);
            Assert.Equal(expected.PoorStart, actual.PoorStart);
            Assert.Equal(expected.PoorEnd, actual.PoorEnd);
            Assert.Equal(expected.NearPoorEnd, actual.NearPoorEnd);
            Assert.Equal(expected.PoorRate, actual.PoorRatePct);
            Assert.Equal(expected.NearPoorRate, actual.NearPoorRatePct);
            Assert.Equal(expected.PoorNoLabour, actual.PoorNoLabourEnd);
        }
        Assert.Equal(TidyData.Households.Select(h => h.Code), read.Households!.Select(h => h.HouseholdCode));
        Assert.Equal(TidyData.Households.Select(h => (decimal?)h.Income), read.Households!.Select(h => h.IncomePerCapitaVnd));
        Assert.Equal(TidyData.Support.Select(s => (decimal?)s.AmountMillion), read.Support!.Lines.Select(l => l.AmountMillionVnd));
        Assert.Equal(TidyData.Year, read.Info.Year?.Value);
        Assert.Equal("849", read.Info.DistrictCode?.Value);
        return read;
    }

    public static IReadOnlyList<Finding> Infos(this ReportCheck check) => check.Findings.Where(f => f.Severity == Severity.Info).ToList();
}
