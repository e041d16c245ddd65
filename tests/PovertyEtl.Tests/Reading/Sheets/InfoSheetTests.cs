using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Sheets;

/// <summary><c>ThongTin</c>: label/value pairs wherever they are, the value in the next filled cell to the right.</summary>
public sealed class InfoSheetTests
{
    [Fact]
    public void PairsUnderATitleAndSideBySideAreRead()
    {
        var report = TidyReport.Create();
        var ws = report.Sheet(ThongTin);
        ws.Clear();
        report.Set(ThongTin, "A1", "THÔNG TIN CHUNG VỀ BÁO CÁO").Merge(ThongTin, "A1:D1")
            .SetRow(ThongTin, "A3", "Mã tỉnh:", "84", "Tên tỉnh:", "Trà Vinh")
            .SetRow(ThongTin, "A4", "Mã huyện:", "849", "Tên huyện:", "Huyện Trà Cú")
            .SetRow(ThongTin, "A5", "Năm báo cáo:", 2024, "Ngày lập:", "15/12/2024");

        var check = report.Check();
        var info = report.Read().Info;

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
        Assert.Equal("ThongTin!B4", info.DistrictCode!.Cell.ToString());
        Assert.Equal("ThongTin!D4", info.DistrictName!.Cell.ToString());
        Assert.Equal(new DateOnly(2024, 12, 15), info.ReportDate!.Value);
    }

    [Fact]
    public void ALabelMergedOverTwoColumnsHasItsValueInTheThirdColumn()
    {
        var report = TidyReport.Create();
        report.Sheet(ThongTin).Column(2).InsertColumnsBefore(1);
        for (var row = 1; row <= 8; row++) report.Merge(ThongTin, $"A{row}:B{row}");

        var check = report.Check();

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
        Assert.Equal("ThongTin!C3", report.Read().Info.DistrictCode!.Cell.ToString());
    }

    [Fact]
    public void ALabelFollowedByAnotherLabelHasNoValueAndSaysSoAtItsOwnValueCell()
    {
        var report = TidyReport.Create().Clear(ThongTin, "B3").Set(ThongTin, "C3", "Tên huyện").Set(ThongTin, "D3", "Trà Cú");

        var finding = Assert.Single(report.Check().Findings);

        Assert.Equal("VALUE_REQUIRED", finding.Rule);
        Assert.Equal("ThongTin!B3", finding.Cell);
        Assert.Contains("Mã huyện", finding.Message);
    }

    [Theory]
    [InlineData("B2", "Tỉnh Trà Vinh")]
    [InlineData("B2", "TRA VINH")]
    [InlineData("B4", "Huyện Trà Cú")]
    [InlineData("B4", "huyện trà cú")]
    public void OfficialNamesWrittenWithTheirUnitTypeOrWithoutDiacriticsAreNotMismatches(string address, string name)
    {
        var check = TidyReport.Create().Set(ThongTin, address, name).Check();

        Assert.Empty(check.Findings);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("v1")]
    [InlineData("1.0")]
    public void TemplateVersionOneMayBeWrittenSeveralWays(string version)
    {
        Assert.Empty(TidyReport.Create().Set(ThongTin, "B8", version).Check().Findings);
    }

    [Fact]
    public void TheYearMayBeTextAndTheCodesNumbers()
    {
        var report = TidyReport.Create().Set(ThongTin, "B5", "2024").Set(ThongTin, "B1", 84).Set(ThongTin, "B3", 849);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(2024, report.Read().Info.Year!.Value);
    }

    [Fact]
    public void TheYearAfterThisOneIsNotYetTheFuture()
    {
        // Reports are often prepared in December for the review of the coming year.
        var report = TidyReport.Create().AfterReform().Set(ThongTin, "B5", 2027);
        report.Clock = FakeClock.On(2026, 6, 15);

        Assert.DoesNotContain(report.Check().Findings, f => f.Rule is "YEAR_IN_FUTURE");
        Assert.Contains(report.Set(ThongTin, "B5", 2028).Check().Findings, f => f.Rule is "YEAR_IN_FUTURE");
    }

    [Fact]
    public void TheYear2016IsNotTooEarly()
    {
        Assert.DoesNotContain(TidyReport.Create().Set(ThongTin, "B5", 2016).Check().Findings, f => f.Rule == "YEAR_TOO_EARLY");
    }
}
