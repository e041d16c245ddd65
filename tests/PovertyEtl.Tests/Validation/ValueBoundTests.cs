using PovertyEtl.Tests.Support;
using PovertyEtl.Validation;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Validation;

/// <summary>
/// Counts, rates and money within sane bounds before they reach the warehouse: beyond them a
/// finding names the bound, and no sum of what passes can overflow the mart's types.
/// </summary>
public sealed class ValueBoundTests
{
    [Fact]
    public void TwoCommunesOfFiveQuintillionHouseholdsWithATotalsRowAreFindingsNotAnOverflow()
    {
        var check = TidyReport.Create().AddTotalsRow().Set(TongHop, "C3", 5e18).Set(TongHop, "C4", 5e18).Set(TongHop, "C6", 1e19).Check();

        var bounds = check.Findings.Where(f => f.Rule == "VALUE_OVER_BOUND").Select(f => f.Cell).ToList();
        Assert.Equal(["TongHop!C3", "TongHop!C4", "TongHop!C6"], bounds);
        Assert.Contains("10.000.000", check.Findings.First(f => f.Rule == "VALUE_OVER_BOUND").Message);
        Assert.Equal(ReportOutcome.Rejected, check.Outcome);
    }

    [Fact]
    public void FiveQuintillionHouseholdsWithoutATotalsRowNoLongerPass()
    {
        var check = TidyReport.Create().Set(TongHop, "C3", 5e18).Set(TongHop, "C4", 5e18).Check();

        Assert.Equal(["TongHop!C3", "TongHop!C4"], check.Problems().Select(f => f.Cell));
        Assert.All(check.Problems(), f => Assert.Equal("VALUE_OVER_BOUND", f.Rule));
    }

    [Fact]
    public void FourBillionMembersAreAFindingNotOneMemberAfterACast()
    {
        var check = TidyReport.Create().Set(DanhSachHo, "E2", 4_294_967_297d).Check();

        var finding = Assert.Single(check.Problems());
        // Ten digits from the household list are shaped like an ID number that lost its leading zeros: masked.
        Assert.Equal(("VALUE_OVER_BOUND", "DanhSachHo!E2", "429*****97"), (finding.Rule, finding.Cell, finding.Value));
        Assert.Contains("100", finding.Message);
    }

    [Theory]
    [InlineData(HoTro, "D3", 10_000_001d)]
    [InlineData(DanhSachHo, "H2", 1_000_000_001d)]
    [InlineData(TongHop, "I3", 1001d)]
    [InlineData(HoTro, "C3", 10_000_001d)]
    public void AmountsRatesAndBeneficiariesHaveTheirBoundsToo(string sheet, string address, double value)
    {
        var check = TidyReport.Create().Set(sheet, address, value).Check();

        Assert.Contains(check.Problems(), f => f.Rule == "VALUE_OVER_BOUND" && f.Cell == $"{sheet}!{address}");
    }

    [Fact]
    public void TrueInTheIdNumberColumnIsAnInvalidIdNumberNotACrash()
    {
        var check = TidyReport.Create().SetRawCell(DanhSachHo, "D2", "b", null, "1").Check();

        var finding = Assert.Single(check.Problems());
        Assert.Equal(("VALUE_ID_NUMBER", "DanhSachHo!D2"), (finding.Rule, finding.Cell));
    }
}
