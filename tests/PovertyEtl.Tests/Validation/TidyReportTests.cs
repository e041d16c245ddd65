using PovertyEtl.Domain.Reports;
using PovertyEtl.Tests.Support;
using PovertyEtl.Validation;
using Xunit;

namespace PovertyEtl.Tests.Validation;

public sealed class TidyReportTests
{
    [Fact]
    public void TheTidyReportValidatesWithoutAnyFinding()
    {
        var check = TidyReport.Create().Check();

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
        Assert.Equal(0, check.Errors);
        Assert.Equal(0, check.Warnings);
        Assert.Equal(ReportOutcome.Ok, check.Outcome);
        Assert.Equal("849", check.DistrictCode);
        Assert.Equal(2024, check.Year);
    }

    [Fact]
    public void EveryHouseholdOfTheTidyReportIsStreamedToTheLoaderOnceWithItsValues()
    {
        var counter = new HouseholdCounter();
        TidyReport.Create().Check(counter);
        var seen = counter.Households;
        Assert.Equal("849", counter.Info?.DistrictCode?.Value);

        Assert.Equal(TidyData.Households.Select(h => h.Code), seen.Select(h => h.HouseholdCode));
        var first = seen[0];
        var expected = TidyData.Households[0];
        Assert.Equal(expected.Row, first.Row);
        Assert.Equal("29461", first.CommuneCode);
        Assert.Equal(expected.IdNumber, first.IdNumber);
        Assert.Equal(expected.Members, first.Members);
        Assert.Equal(expected.Income, first.IncomePerCapitaVnd);
        Assert.Equal(HouseholdCategory.Poor, first.Category);
        Assert.Equal(expected.Indicators.Count(i => i is "x" or "X" or "1" or "có"), first.DeprivationCount);
    }
}
