using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Validation;

/// <summary>
/// A cell that does not read is reported once, where it is; the rules that would need its value
/// stay quiet instead of repeating the cause as derived errors somewhere else.
/// </summary>
public sealed class OneCauseOneFindingTests
{
    private static Finding Single(ReportCheck check)
    {
        var problems = check.Problems();
        Assert.True(problems.Count == 1, $"expected exactly one error or warning:{Environment.NewLine}{problems.Describe()}");
        return problems[0];
    }

    [Theory]
    [InlineData(TongHop, "A", "Mã xã")]
    [InlineData(TongHop, "C", "Tổng số hộ")]
    [InlineData(TongHop, "H", "Hộ nghèo cuối kỳ")]
    [InlineData(TongHop, "M", "Hộ cận nghèo cuối kỳ")]
    [InlineData(DanhSachHo, "B", "Mã xã")]
    [InlineData(DanhSachHo, "I", "Phân loại")]
    [InlineData(DanhSachHo, "M", "Dinh dưỡng")]
    [InlineData(HoTro, "B", "Chương trình")]
    public void AMissingRequiredColumnIsOneColumnMissingAndNoEmptyCellInIt(string sheet, string column, string header)
    {
        var check = TidyReport.Create().DeleteColumn(sheet, column).Check();

        var finding = Single(check);
        Assert.Equal("COLUMN_MISSING", finding.Rule);
        Assert.Equal($"{sheet}!A1", finding.Cell);
        Assert.Contains($"\"{header}\"", finding.Message);
        Assert.DoesNotContain(check.Findings, f => f.Rule == "VALUE_REQUIRED");
    }

    [Theory]
    [InlineData("D")]
    [InlineData("E")]
    [InlineData("F")]
    [InlineData("G")]
    [InlineData("H")]
    [InlineData("J")]
    [InlineData("K")]
    [InlineData("L")]
    [InlineData("M")]
    public void AnUnreadableCountDoesNotAlsoUnbalanceTheFlow(string column)
    {
        var check = TidyReport.Create().Set(TongHop, column + "3", "không rõ").Check();

        var finding = Single(check);
        Assert.Equal("VALUE_NOT_NUMBER", finding.Rule);
        Assert.Equal($"TongHop!{column}3", finding.Cell);
    }

    [Fact]
    public void AnUnreadableTotalOfHouseholdsDoesNotAlsoMakeTheRatesWrong()
    {
        var finding = Single(TidyReport.Create().Set(TongHop, "C4", "ba trăm").Check());

        Assert.Equal("VALUE_NOT_NUMBER", finding.Rule);
        Assert.Equal("TongHop!C4", finding.Cell);
    }

    [Fact]
    public void AnUnreadableCommuneCodeInTongHopDoesNotMakeItsHouseholdsAndSupportErrorsToo()
    {
        var finding = Single(TidyReport.Create().Set(TongHop, "A3", "2946A").Check());

        Assert.Equal("VALUE_CODE_FORMAT", finding.Rule);
        Assert.Equal("TongHop!A3", finding.Cell);
    }

    [Fact]
    public void ATongHopWithoutCommunesIsOneErrorNotOnePerHouseholdAndSupportLine()
    {
        var report = TidyReport.Create();
        report.Sheet(TongHop).Rows(2, 5).Delete();

        var finding = Single(report.Check());

        Assert.Equal("NO_DATA_ROWS", finding.Rule);
        Assert.Equal(TongHop, finding.Sheet);
    }

    [Fact]
    public void AnUnreadableCategoryDoesNotAlsoMiscountItsCommune()
    {
        var finding = Single(TidyReport.Create().Set(DanhSachHo, "I2", "chưa xét").Check());

        Assert.Equal("VALUE_NOT_IN_LIST", finding.Rule);
        Assert.Equal("DanhSachHo!I2", finding.Cell);
    }

    [Fact]
    public void AnUnreadableIncomeDoesNotAlsoQuestionTheCategory()
    {
        var finding = Single(TidyReport.Create().Set(DanhSachHo, "H2", "nhiều").Check());

        Assert.Equal("VALUE_NOT_NUMBER", finding.Rule);
        Assert.Equal("DanhSachHo!H2", finding.Cell);
    }

    [Fact]
    public void AnUnreadableIndicatorDoesNotAlsoQuestionTheCategory()
    {
        // Row 9 is near-poor with 2 deprivations; an unreadable third might have made it poor.
        var finding = Single(TidyReport.Create().Set(DanhSachHo, "M9", "?").Check());

        Assert.Equal("VALUE_INDICATOR", finding.Rule);
        Assert.Equal("DanhSachHo!M9", finding.Cell);
    }

    [Fact]
    public void AnUnknownDistrictDoesNotMakeEveryCommuneForeign()
    {
        var finding = Single(TidyReport.Create().Set(ThongTin, "B3", "999").Check());

        Assert.Equal("DISTRICT_UNKNOWN", finding.Rule);
    }

    [Fact]
    public void AMissingTongHopIsOneErrorNotOnePerHousehold()
    {
        var finding = Single(TidyReport.Create().RemoveSheet(TongHop).Check());

        Assert.Equal("SHEET_MISSING", finding.Rule);
    }

    [Fact]
    public void ARuleThatFiresOnEveryRowListsAHundredPlacesAndCountsTheRest()
    {
        var report = TidyReport.Create();
        for (var row = 2; row <= 19; row++)
            for (var column = 11; column <= 22; column++) report.Sheet(DanhSachHo).Cell(row, column).SetValue("?");

        var check = report.Check();

        Assert.Equal(18 * 12, check.Errors);
        Assert.Equal(100, check.Findings.Count(f => f.Rule == "VALUE_INDICATOR"));
        var more = Assert.Single(check.Findings, f => f.Rule == "MORE_FINDINGS");
        Assert.Contains("Còn 116 phát hiện khác cùng loại VALUE_INDICATOR", more.Message);
        Assert.Equal(DanhSachHo, more.Sheet);
    }

    [Fact]
    public void AnIdNumberThatIsWrongIsNotRepeatedInTheFinding()
    {
        var check = TidyReport.Create().Set(DanhSachHo, "D2", "0841-9000-01").Check();

        var finding = Single(check);
        Assert.Equal("VALUE_ID_NUMBER", finding.Rule);
        Assert.Equal(string.Empty, finding.Value);
        Assert.DoesNotContain("0841", finding.Message);
        Assert.DoesNotContain("0841", finding.MessageEn);
    }

    [Fact]
    public void AHouseholdCountMismatchPointsAtTongHopsPoorEndCellWhereverThatColumnIs()
    {
        // TongHop under two title rows (header in row 3) with poor_end moved to column B: Trà Cú is row 4.
        var report = TidyReport.Create()
            .ReorderColumns(TongHop, "A", "H", "C", "D", "E", "F", "G", "B", "I", "J", "K", "L", "M", "N", "O", "P")
            .InsertRowsAbove(TongHop, 1, 2).Set(TongHop, "A1", "BÁO CÁO TỔNG HỢP")
            .DeleteRow(DanhSachHo, 3);

        var finding = Single(report.Check());

        Assert.Equal("HOUSEHOLD_COUNT_MISMATCH", finding.Rule);
        Assert.Equal("TongHop!B4", finding.Cell);
        Assert.Equal("3", finding.Value);
        Assert.Contains("Trà Cú (29461)", finding.Message);
    }
}
