using PovertyEtl.Tests.Support;
using PovertyEtl.Validation;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Validation;

/// <summary>
/// The totals row of <c>TongHop</c>: told apart by its label, never a commune; each count it
/// states must be the sum of the commune rows, and a rate it states the district's rate.
/// </summary>
public sealed class TotalsRowTests
{
    [Theory]
    [InlineData("Tổng cộng")]
    [InlineData("Cộng")]
    [InlineData("Toàn huyện")]
    [InlineData("Tổng")]
    [InlineData("TỔNG CỘNG:")]
    [InlineData("Tong cong")]
    public void ARightTotalsRowUnderTheCommunesIsReadAsTotalsAndPasses(string label)
    {
        var report = TidyReport.Create().AddTotalsRow(label);

        var check = report.Check();
        var read = report.Read();

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
        Assert.Equal(4, read.Communes!.Communes.Count);
        Assert.Equal(6, read.Communes.Totals!.Row);
        Assert.Equal(10, read.Communes.Totals.PoorEnd);
        Assert.Equal(1.16m, read.Communes.Totals.PoorRatePct);
    }

    [Theory]
    [InlineData("Tổng cộng")]
    [InlineData("Cộng")]
    [InlineData("Toàn huyện")]
    public void ATotalsLabelWrittenInTheCommuneCodeColumnStillMakesTheTotalsRow(string label)
    {
        // Printed forms often merge the first columns of the totals row and write the label there.
        var report = TidyReport.Create().AddTotalsRow(label, labelColumn: "A");

        var check = report.Check();

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
        Assert.Equal(10, report.Read().Communes!.Totals!.PoorEnd);
    }

    [Theory]
    [InlineData("Toàn tỉnh")]
    [InlineData("Tổng cộng")]
    public void AProvinceReportAfterTheReformNamesItsTotalsRowAfterTheProvince(string label)
    {
        var report = TidyReport.Create().AfterReform().AddTotalsRow(label);

        var check = report.Check();

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
        Assert.Equal(10, report.Read().Communes!.Totals!.PoorEnd);
    }

    [Fact]
    public void ATotalsRowRightUnderTheHeaderIsReadLikeOneUnderTheCommunes()
    {
        var report = TidyReport.Create().InsertRowsAbove(TongHop, 2, 1).AddTotalsRow("Toàn huyện", row: 2);

        var check = report.Check();

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
        Assert.Equal(2, report.Read().Communes!.Totals!.Row);
    }

    [Fact]
    public void ATotalsRowThatLeavesCellsBlankIsCheckedOnlyOnWhatItStates()
    {
        var report = TidyReport.Create().AddTotalsRow();
        foreach (var column in new[] { "D", "E", "F", "G", "I", "J", "K", "L", "N", "O", "P" }) report.Clear(TongHop, column + "6");

        var check = report.Check();

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
    }

    [Theory]
    [InlineData("C", "Tổng số hộ", 860)]
    [InlineData("D", "Hộ nghèo đầu kỳ", 13)]
    [InlineData("E", "Số hộ thoát nghèo", 6)]
    [InlineData("F", "Số hộ nghèo phát sinh", 2)]
    [InlineData("G", "Số hộ tái nghèo", 1)]
    [InlineData("H", "Hộ nghèo cuối kỳ", 10)]
    [InlineData("J", "Hộ cận nghèo đầu kỳ", 10)]
    [InlineData("K", "Số hộ thoát cận nghèo", 6)]
    [InlineData("L", "Số hộ cận nghèo phát sinh", 4)]
    [InlineData("M", "Hộ cận nghèo cuối kỳ", 8)]
    [InlineData("O", "Hộ nghèo DTTS", 8)]
    [InlineData("P", "Hộ nghèo không có khả năng lao động", 2)]
    public void ATotalsCountThatIsNotTheSumOfTheCommunesIsReportedAtThatTotalsCell(string column, string header, long sum)
    {
        // The tidy numbers are sums checked by hand here, so the test does not trust the builder.
        var report = TidyReport.Create().AddTotalsRow();
        Assert.Equal(sum, (long)report.Sheet(TongHop).Cell(column + "6").GetDouble());
        report.Set(TongHop, column + "6", sum + 1);

        var check = report.Check();

        var finding = Assert.Single(check.Findings);
        Assert.Equal("TOTALS_MISMATCH", finding.Rule);
        Assert.Equal($"TongHop!{column}6", finding.Cell);
        Assert.Equal((sum + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Value);
        Assert.Contains($"\"{header}\"", finding.Message);
        Assert.Contains($"được {sum}", finding.Message);
    }

    [Fact]
    public void ATotalsRowIsNotComparedWithASumThatHasAnUnreadableCommuneInIt()
    {
        var check = TidyReport.Create().AddTotalsRow().Set(TongHop, "E3", "một").Check();

        var finding = Assert.Single(check.Findings);
        Assert.Equal("VALUE_NOT_NUMBER", finding.Rule);
    }

    [Fact]
    public void ADistrictNearPoorRateThatIsWrongIsAWarningAtTheTotalsRateCell()
    {
        var check = TidyReport.Create().AddTotalsRow().Set(TongHop, "N6", 0.5).Check();

        var finding = Assert.Single(check.Findings);
        Assert.Equal("RATE_MISMATCH", finding.Rule);
        Assert.Equal("TongHop!N6", finding.Cell);
        Assert.Contains("0,93%", finding.Message);
        Assert.Equal(ReportOutcome.Ok, check.Outcome);
    }

    [Fact]
    public void ARowWithNumbersButNoCodeAndNoTotalsLabelIsAnErrorNotATotalsRow()
    {
        var check = TidyReport.Create().AddTotalsRow(label: "Ghi chú").Check();

        var finding = Assert.Single(check.Findings);
        Assert.Equal("ROW_WITHOUT_KEY", finding.Rule);
        Assert.Equal("TongHop!A6", finding.Cell);
    }
}
