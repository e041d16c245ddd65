using ClosedXML.Excel;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Layout;

/// <summary>Where the header is: under a title block, split over two merged rows, above a row that numbers the columns.</summary>
public sealed class HeaderPositionTests
{
    private static TidyReport WithTitleBlock(TidyReport report, string sheet, string lastColumn)
    {
        report.InsertRowsAbove(sheet, 1, 4)
            .Set(sheet, "A1", "ỦY BAN NHÂN DÂN HUYỆN TRÀ CÚ").Merge(sheet, "A1:E1")
            .Set(sheet, "A2", "BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024").Merge(sheet, $"A2:{lastColumn}2")
            .Set(sheet, "A3", "(Kèm theo Công văn số 123/UBND ngày 15/12/2024)").Merge(sheet, $"A3:{lastColumn}3");
        report.Sheet(sheet).Range($"A2:{lastColumn}2").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        return report;
    }

    [Fact]
    public void AHeaderUnderATitleBlockWithMergedCellsIsFound()
    {
        var report = TidyReport.Create();
        WithTitleBlock(report, TongHop, "P");
        WithTitleBlock(report, DanhSachHo, "V");
        WithTitleBlock(report, HoTro, "D");

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal(5, read.Communes!.Layout.HeaderRow);
        Assert.Equal(6, read.Communes.Communes[0].Row);
    }

    [Fact]
    public void UnderATitleBlockAFindingNamesTheRowAsExcelShowsIt()
    {
        var report = WithTitleBlock(TidyReport.Create(), TongHop, "P").Set(TongHop, "D7", 4);

        var finding = Assert.Single(report.Check().Findings);

        Assert.Equal("FLOW_BALANCE_POOR", finding.Rule);
        Assert.Equal("TongHop!H7", finding.Cell);
    }

    [Fact]
    public void AHeaderInRowTwentyIsStillFound()
    {
        var read = ReadsLike.TheTidyReport(TidyReport.Create().InsertRowsAbove(TongHop, 1, 19).Set(TongHop, "A1", "BÁO CÁO"));

        Assert.Equal(20, read.Communes!.Layout.HeaderRow);
    }

    [Fact]
    public void AHeaderBelowRowTwentyIsNotFound()
    {
        var check = TidyReport.Create().InsertRowsAbove(HoTro, 1, 20).Check();

        var finding = Assert.Single(check.Problems());
        Assert.Equal("HEADER_NOT_FOUND", finding.Rule);
        Assert.Equal(HoTro, finding.Sheet);
        Assert.Contains("20 dòng đầu", finding.Message);
    }

    [Fact]
    public void AHeaderSplitOverTwoMergedRowsIsMatchedOnTheLowerRow()
    {
        // Row 1: group titles over the poor and near-poor columns; the columns without a group are
        // merged down over both rows, their text in the upper cell, as Excel stores a merged cell.
        var report = TidyReport.Create().InsertRowsAbove(TongHop, 1, 1);
        foreach (var column in new[] { "A", "B", "C", "O", "P" })
        {
            report.Set(TongHop, column + "1", report.Sheet(TongHop).Cell(column + "2").GetString()).Clear(TongHop, column + "2")
                .Merge(TongHop, $"{column}1:{column}2");
        }
        report.Set(TongHop, "D1", "Hộ nghèo").Merge(TongHop, "D1:I1")
            .Set(TongHop, "J1", "Hộ cận nghèo").Merge(TongHop, "J1:N1");

        var check = report.Check();
        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal(2, read.Communes!.Layout.HeaderRow);
        Assert.Equal(1, read.Communes.Layout["commune_code"]!.Column);
        Assert.Equal(16, read.Communes.Layout["poor_no_labour_end"]!.Column);
        Assert.Empty(check.Findings);
    }

    [Theory]
    [InlineData("numbers")]
    [InlineData("(numbers)")]
    [InlineData("letters")]
    [InlineData("arithmetic")]
    public void TheRowThatNumbersTheColumnsUnderTheHeaderIsSkipped(string style)
    {
        var report = TidyReport.Create().InsertRowsAbove(TongHop, 2, 1).InsertRowsAbove(DanhSachHo, 2, 1);
        foreach (var (sheet, count) in new[] { (TongHop, 16), (DanhSachHo, 22) })
        {
            for (var i = 1; i <= count; i++)
            {
                var cell = report.Sheet(sheet).Cell(2, i);
                if (style == "numbers") cell.SetValue(i);
                else if (style == "letters") cell.SetValue(XLHelper.GetColumnLetterFromNumber(i));
                else if (style == "arithmetic" && sheet == TongHop && i == 8) cell.SetValue("(8)=(4)-(5)+(6)+(7)");
                else cell.SetValue($"({i})");
            }
        }

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal(3, read.Communes!.Communes[0].Row);
        Assert.Equal(3, read.Households![0].Row);
    }

    [Fact]
    public void TheColumnNumberRowUnderAHeaderMergedDownOverTwoRowsIsSkipped()
    {
        // Every header cell is merged over rows 1-2 (text in row 1, row 2 only the merge's
        // continuation); the printed form's numbering row is then row 3, right under what the
        // officer sees as the header.
        var report = TidyReport.Create().InsertRowsAbove(TongHop, 2, 2);
        for (var i = 1; i <= 16; i++)
        {
            var column = XLHelper.GetColumnLetterFromNumber(i);
            report.Merge(TongHop, $"{column}1:{column}2").Set(TongHop, $"{column}3", $"({i})");
        }
        report.Sheet(TongHop).Range("A1:P3").Style.Border.OutsideBorder = XLBorderStyleValues.Thin;

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal(4, read.Communes!.Communes[0].Row);
    }
}
