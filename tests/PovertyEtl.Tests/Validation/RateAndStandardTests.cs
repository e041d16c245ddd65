using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Validation;

/// <summary>The warnings' thresholds: 0.05 points for a rate, the income line and 3 deprivations for a category.</summary>
public sealed class RateAndStandardTests
{
    // Phước Hưng (row 3): 2 poor of 250 households = 0.8 %; 3 near-poor = 1.2 %.
    [Theory]
    [InlineData(0.8, false)]
    [InlineData(0.85, false)]
    [InlineData(0.75, false)]
    [InlineData(0.86, true)]
    [InlineData(0.74, true)]
    [InlineData(1, true)]
    public void AStatedRateMayBeOffByFiveHundredthsOfAPointAtMost(double stated, bool warned)
    {
        var check = TidyReport.Create().Set(TongHop, "I3", stated).Check();

        Assert.Equal(warned, check.Findings.Any(f => f.Rule == "RATE_MISMATCH" && f.Cell == "TongHop!I3"));
        Assert.Equal(0, check.Errors);
    }

    [Fact]
    public void ACommuneWithNoHouseholdsHasNoRateToState()
    {
        var check = TidyReport.Create().AddCommune("29473", "An Quảng Hữu", 0).Set(TongHop, "I6", 0).Check();

        Assert.Empty(check.Findings);
    }

    [Theory]
    [InlineData("H17", 1_500_000, false)]
    [InlineData("H17", 1_500_001, true)]
    [InlineData("H2", 2_000_000, false)]
    [InlineData("H2", 2_000_001, true)]
    public void TheIncomeLineItselfIsStillUnderTheLine(string address, int income, bool warned)
    {
        // Row 17: the rural poor household of Tân Sơn; row 2: an urban poor household of the town of Trà Cú.
        var check = TidyReport.Create().Set(DanhSachHo, address, income).Check();

        Assert.Equal(warned, check.Findings.Any(f => f.Rule == "HOUSEHOLD_CATEGORY_STANDARD"));
    }

    [Fact]
    public void TheAreaWrittenForAHouseholdOverridesItsCommuneType()
    {
        // Row 4: a poor household of the town (urban line 2,000,000) earning 1,800,000. Written as
        // rural it is over the 1,500,000 line: neither poor nor near-poor.
        var check = TidyReport.Create().Set(DanhSachHo, "G4", "Nông thôn").Check();

        var finding = Assert.Single(check.Findings);
        Assert.Equal("HOUSEHOLD_CATEGORY_STANDARD", finding.Rule);
        Assert.Equal("DanhSachHo!I4", finding.Cell);
        Assert.Contains("1.500.000", finding.Message);
        Assert.Contains("không thuộc diện nghèo, cận nghèo", finding.Message);
    }

    [Fact]
    public void WithoutAnAreaAHouseholdTakesItsCommunesType()
    {
        // Row 3 has no area; its commune is a thị trấn, so 1,800,000 is under the urban line.
        var report = TidyReport.Create();
        Assert.True(report.Sheet(DanhSachHo).Cell("G3").IsEmpty());

        Assert.Empty(report.Check().Findings);
    }

    [Fact]
    public void TotalsRowsOfTheOtherSheetsAreNotRecords()
    {
        var report = TidyReport.Create()
            .Set(HoTro, "A6", "Tổng cộng").Set(HoTro, "C6", 16).Set(HoTro, "D6", 206.7)
            .Set(DanhSachHo, "A20", "Cộng").Set(DanhSachHo, "E20", 60);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(4, report.Read().Support!.Lines.Count);
    }
}
