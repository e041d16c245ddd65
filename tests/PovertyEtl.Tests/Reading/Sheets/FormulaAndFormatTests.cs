using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Sheets;

/// <summary>Cells whose meaning depends on how they are stored: formulas by their cached value, percent and date formats.</summary>
public sealed class FormulaAndFormatTests
{
    [Fact]
    public void AFormulaCountsByItsCachedValue()
    {
        var report = TidyReport.Create()
            .SetRawCell(TongHop, "H2", null, "D2-E2+F2+G2", "3")
            .SetRawCell(TongHop, "I2", null, "ROUND(H2/C2*100,2)", "2.5")
            .SetRawCell(TongHop, "B3", "str", "\"Phước \"&\"Hưng\"", "Phước Hưng")
            .SetRawCell(DanhSachHo, "E2", null, "1+1", "2");

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal(3, read.Communes!.Communes[0].PoorEnd);
        Assert.Equal("Phước Hưng", read.Communes.Communes[1].CommuneName);
        Assert.Equal(2, read.Households![0].Members);
    }

    [Fact]
    public void ClosedXmlSavesAFormulaWithoutItsResultSoTheCellIsAnErrorThere()
    {
        // What ClosedXML 0.95 writes (checked here, so the test notices if that changes): <f> and no <v>.
        var report = TidyReport.Create().SetFormula(TongHop, "C4", "SUM(D4:G4)*10");
        using (var scratch = new ScratchFolder())
        {
            var path = report.SaveTo(scratch.Path);
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            using var xml = new StreamReader(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open());
            var sheet = xml.ReadToEnd();
            Assert.Contains("<x:f>SUM(D4:G4)*10</x:f></x:c>", sheet);
        }

        var finding = Assert.Single(report.Check().Findings);

        Assert.Equal("VALUE_FORMULA_NO_RESULT", finding.Rule);
        Assert.Equal("TongHop!C4", finding.Cell);
        Assert.Equal("=SUM(D4:G4)*10", finding.Value);
    }

    [Fact]
    public void AFormulaWhoseResultIsAnErrorIsAnErrorAtThatCell()
    {
        var finding = Assert.Single(TidyReport.Create().SetRawCell(TongHop, "I3", "e", "H3/0", "#DIV/0!").Check().Findings);

        Assert.Equal("VALUE_CELL_ERROR", finding.Rule);
        Assert.Equal("TongHop!I3", finding.Cell);
    }

    [Theory]
    [InlineData("0.00%")]
    [InlineData("0%")]
    [InlineData("#,##0.00\" \"%")]
    public void APercentFormattedCellHoldsAFractionThatMeansPoints(string format)
    {
        var report = TidyReport.Create();
        foreach (var c in TidyData.Communes)
        {
            report.Set(TongHop, $"I{c.Row}", (double)c.PoorRate / 100);
            report.Sheet(TongHop).Cell($"I{c.Row}").Style.NumberFormat.Format = format;
        }

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal(2.5m, read.Communes!.Communes[0].PoorRatePct);
    }

    [Fact]
    public void APercentCellHolding0Point0857Means8Point57Points()
    {
        var report = TidyReport.Create().Set(TongHop, "I2", 0.0857);
        report.Sheet(TongHop).Cell("I2").Style.NumberFormat.Format = "0.00%";

        Assert.Equal(8.57m, report.Read().Communes!.Communes[0].PoorRatePct);
        var finding = Assert.Single(report.Check().Findings);
        Assert.Equal("RATE_MISMATCH", finding.Rule);
        Assert.Contains("tỷ lệ ghi 8,57%, nhưng theo số liệu là 2,5%", finding.Message);
    }

    [Fact]
    public void TheBuiltInPercentFormatIsAPercentFormatToo()
    {
        var report = TidyReport.Create().Set(TongHop, "I2", 0.025);
        report.Sheet(TongHop).Cell("I2").Style.NumberFormat.NumberFormatId = 10;

        Assert.Empty(report.Check().Findings);
        Assert.Equal(2.5m, report.Read().Communes!.Communes[0].PoorRatePct);
    }

    [Fact]
    public void AFractionWithoutPercentFormatIsTakenAsPointsAndSoDisagreesWithTheCounts()
    {
        var finding = Assert.Single(TidyReport.Create().Set(TongHop, "I2", 0.025).Check().Findings);

        Assert.Equal("RATE_MISMATCH", finding.Rule);
        Assert.Equal("TongHop!I2", finding.Cell);
    }

    public static TheoryData<object, int, int, int> ReportDates => new()
    {
        { new DateTime(2024, 12, 15), 2024, 12, 15 },
        { "15/12/2024", 2024, 12, 15 },
        { "5/1/2024", 2024, 1, 5 },
        { "05/01/2024", 2024, 1, 5 },
    };

    [Theory]
    [MemberData(nameof(ReportDates))]
    public void TheReportDateIsADateCellOrDayFirstText(object written, int year, int month, int day)
    {
        var report = TidyReport.Create().Set(ThongTin, "B6", written);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(new DateOnly(year, month, day), report.Read().Info.ReportDate?.Value);
    }

    [Theory]
    [InlineData("2024-12-15")]
    [InlineData("2024-12-15T00:00:00")]
    public void AnIsoDateCellIsADate(string iso)
    {
        // Strict workbooks and some generators store dates as t="d" with an ISO 8601 value.
        var report = TidyReport.Create().SetRawCell(ThongTin, "B6", "d", null, iso);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(new DateOnly(2024, 12, 15), report.Read().Info.ReportDate?.Value);
    }

    [Fact]
    public void ADateCellInAnotherDisplayFormatIsTheSameDate()
    {
        var report = TidyReport.Create();
        report.Sheet(ThongTin).Cell("B6").Style.NumberFormat.Format = "dd/mm/yyyy";

        Assert.Equal(new DateOnly(2024, 12, 15), report.Read().Info.ReportDate?.Value);
    }
}
