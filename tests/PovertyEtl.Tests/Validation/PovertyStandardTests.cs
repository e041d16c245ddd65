using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Validation;

/// <summary>
/// A review is judged by the standard of its year: QĐ 59/2015 (2016–2021, 10 indicators, an
/// income-only line), Decree 07/2021 (2022–2026, 12), Decree 351/2025 (from 2027). The household
/// list must have the indicator columns of that standard, and the category check uses its lines.
/// </summary>
public sealed class PovertyStandardTests
{
    private const string CategoryRule = "HOUSEHOLD_CATEGORY_STANDARD";

    [Fact]
    public void A2019ReportWithQd59sTenIndicatorColumnsLoadsCleanAndKeepsEachHouseholdsDeprivations()
    {
        var report = TidyReport.Create().UnderQd59();

        var check = report.Check();
        var households = report.Read().Households!;

        Assert.True(check.Errors == 0 && check.Warnings == 0, check.Findings.Describe());
        Assert.Equal(ReportOutcome.Ok, check.Outcome);
        Assert.Equal(TidyData.Households.Select(h => h.Indicators.Take(10).Count(i => i is "x" or "X" or "1" or "có")),
            households.Select(h => h.DeprivationCount));
    }

    [Fact]
    public void UnderQd59ARuralHouseholdAt650000IsPoorOnIncomeAloneEvenWithNoDeprivation()
    {
        // Row 7: a rural poor household of Phước Hưng, its marks in K-M cleared.
        Func<int, TidyReport> poorWithNothingLacking = income => TidyReport.Create().UnderQd59()
            .Set(DanhSachHo, "H7", income).Clear(DanhSachHo, "K7").Clear(DanhSachHo, "L7").Clear(DanhSachHo, "M7").Clear(DanhSachHo, "N7");

        var underIncomeOnlyLine = poorWithNothingLacking(650_000).Check();
        var overIt = poorWithNothingLacking(750_000).Check();

        Assert.DoesNotContain(underIncomeOnlyLine.Findings, f => f.Rule == CategoryRule);
        var finding = Assert.Single(overIt.Findings, f => f.Rule == CategoryRule);
        Assert.Contains("0/10 chỉ số) thì là hộ cận nghèo", finding.Message);
    }

    [Fact]
    public void UnderQd59ARuralNearPoorHouseholdAt800000With3DeprivationsIsWarnedInQd59sName()
    {
        // Row 9: a rural near-poor household of Phước Hưng deprived in 2 (K, L); M is a third.
        var check = TidyReport.Create().UnderQd59().Set(DanhSachHo, "H9", 800_000).Set(DanhSachHo, "M9", "x").Check();

        var finding = Assert.Single(check.Findings, f => f.Rule == CategoryRule);
        Assert.Equal("DanhSachHo!I9", finding.Cell);
        Assert.Contains("theo QĐ 59/2015/QĐ-TTg", finding.Message);
        Assert.Contains("nghèo theo thu nhập khi không quá 700.000 đồng", finding.Message);
        Assert.Contains("thiếu hụt 3/10 chỉ số) thì là hộ nghèo", finding.Message);
    }

    [Fact]
    public void A2019ListWithDecree07sTwelveColumnsIsRejectedNamingTheQd59ColumnsItLacks()
    {
        var report = TidyReport.Create().Set(ThongTin, "B5", 2019).Set(ThongTin, "B6", new DateTime(2019, 12, 15));
        report.Clock = FakeClock.On(2020, 6, 15);

        var check = report.Check();

        Assert.Equal(ReportOutcome.Rejected, check.Outcome);
        var missing = check.Findings.Where(f => f.Rule == "COLUMN_MISSING").Select(f => f.Message).ToList();
        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, m => m.Contains("\"Tiếp cận các dịch vụ y tế\"", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("\"Tài sản phục vụ tiếp cận thông tin\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A2022ListWithQd59sTenColumnsIsRejectedNamingTheDecree07ColumnsItLacks()
    {
        var report = TidyReport.Create().UnderQd59().Set(ThongTin, "B5", 2022).Set(ThongTin, "B6", new DateTime(2022, 12, 15));
        report.Clock = FakeClock.On(2023, 6, 15);

        var check = report.Check();

        Assert.Equal(ReportOutcome.Rejected, check.Outcome);
        Assert.Equal(["Dinh dưỡng", "Người phụ thuộc trong hộ gia đình", "Phương tiện phục vụ tiếp cận thông tin", "Việc làm"],
            check.Findings.Where(f => f.Rule == "COLUMN_MISSING").Select(f => f.Message.Split('"')[1]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(2_100_000, false)]
    [InlineData(2_200_000, false)]
    [InlineData(2_200_001, true)]
    public void A2027ReportIsJudgedByDecree351sLines(int income, bool warned)
    {
        // Row 17: the rural poor household of Tân Sơn (Giao Long after the reform); Decree 07's rural line was 1,500,000.
        var check = TidyReport.Create().UnderNd351().Set(DanhSachHo, "H17", income).Check();

        Assert.Equal(0, check.Errors);
        var finding = check.Findings.SingleOrDefault(f => f.Rule == CategoryRule);
        Assert.Equal(warned, finding is not null);
        if (finding is not null)
        {
            Assert.Contains("theo Nghị định 351/2025/NĐ-CP", finding.Message);
            Assert.Contains("chuẩn thu nhập 2.200.000 đồng/người/tháng", finding.Message);
        }
    }

    [Fact]
    public void A2027ReportWithTheProvisionalIndicatorColumnsIsClean()
    {
        var check = TidyReport.Create().UnderNd351().Check();

        Assert.True(check.Errors == 0 && check.Warnings == 0, check.Findings.Describe());
    }
}

/// <summary>TongHop's ethnic-minority poor against the list's poor heads who are not Kinh.</summary>
public sealed class PoorEthnicMinorityTests
{
    [Fact]
    public void AStatedCountThatDiffersFromTheListIsWarnedWithBothNumbersAtTheTongHopCell()
    {
        // Phước Hưng (row 3): both poor heads of the list are Khmer (written Khơ-me) and Hoa.
        var check = TidyReport.Create().Set(TongHop, "O3", 1).Check();

        var finding = Assert.Single(check.Findings);
        Assert.Equal("POOR_ETHNIC_MINORITY_MISMATCH", finding.Rule);
        Assert.Equal("TongHop!O3", finding.Cell);
        Assert.Contains("TongHop ghi 1 hộ nghèo dân tộc thiểu số", finding.Message);
        Assert.Contains("DanhSachHo có 2 hộ nghèo", finding.Message);
    }

    [Fact]
    public void EqualCountsAndAnEmptyCellAreSilent()
    {
        Assert.Empty(TidyReport.Create().Check().Findings);
        Assert.Empty(TidyReport.Create().Clear(TongHop, "O3").Check().Findings);
    }

    [Fact]
    public void AKinhHeadWrittenAsVietIsNotCountedAsAMinority()
    {
        // Row 7's head, Khơ-me, becomes Kinh under its alias: the list then has 1 minority poor head, TongHop says 2.
        var check = TidyReport.Create().Set(DanhSachHo, "F7", "Việt").Check();

        Assert.Contains("DanhSachHo có 1 hộ nghèo", Assert.Single(check.Findings).Message);
    }
}
