using System.Text;
using ClosedXML.Excel;
using PovertyEtl.Pipeline.Reading.Text;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Layout;

/// <summary>Where and how the header is written: the reader finds it, whatever a district made of the form.</summary>
public sealed class HeaderLayoutTests
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

    [Fact]
    public void ColumnsInAnotherOrderAreFoundByTheirHeaders()
    {
        var report = TidyReport.Create()
            .ReorderColumns(TongHop, "P", "O", "N", "M", "L", "K", "J", "I", "H", "G", "F", "E", "D", "C", "B", "A")
            .ReorderColumns(DanhSachHo, "C", "B", "A", "V", "U", "T", "S", "R", "Q", "P", "O", "N", "M", "L", "K", "J", "I", "H", "G", "F", "E", "D")
            .ReorderColumns(HoTro, "D", "B", "C", "A");

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal(9, read.Communes!.Layout["poor_end"]!.Column);
        Assert.Equal(16, read.Communes.Layout["commune_code"]!.Column);
    }

    [Theory]
    [InlineData(TongHop, "A1", "Mã đơn vị")]
    [InlineData(TongHop, "B1", "Đơn vị")]
    [InlineData(TongHop, "B1", "Xã, phường, thị trấn")]
    [InlineData(TongHop, "C1", "Tổng số hộ dân cư")]
    [InlineData(TongHop, "D1", "Số hộ nghèo đầu năm")]
    [InlineData(TongHop, "E1", "Thoát nghèo")]
    [InlineData(TongHop, "F1", "Nghèo phát sinh")]
    [InlineData(TongHop, "G1", "Tái nghèo")]
    [InlineData(TongHop, "H1", "Số hộ nghèo cuối năm")]
    [InlineData(TongHop, "I1", "Tỷ lệ hộ nghèo cuối kỳ")]
    [InlineData(TongHop, "J1", "Số hộ cận nghèo đầu năm")]
    [InlineData(TongHop, "K1", "Thoát cận nghèo")]
    [InlineData(TongHop, "L1", "Cận nghèo phát sinh")]
    [InlineData(TongHop, "M1", "Số hộ cận nghèo cuối năm")]
    [InlineData(TongHop, "O1", "Hộ nghèo dân tộc thiểu số")]
    [InlineData(DanhSachHo, "C1", "Họ và tên chủ hộ")]
    [InlineData(DanhSachHo, "D1", "Số định danh")]
    [InlineData(DanhSachHo, "D1", "CCCD chủ hộ")]
    [InlineData(DanhSachHo, "E1", "Số thành viên")]
    [InlineData(DanhSachHo, "H1", "Thu nhập bình quân")]
    [InlineData(DanhSachHo, "I1", "Loại hộ")]
    [InlineData(DanhSachHo, "J1", "Tình trạng")]
    [InlineData(HoTro, "B1", "Loại hỗ trợ")]
    [InlineData(HoTro, "B1", "Nội dung hỗ trợ")]
    [InlineData(HoTro, "C1", "Số lượt")]
    [InlineData(HoTro, "C1", "Số người")]
    [InlineData(ThongTin, "A2", "Tỉnh")]
    [InlineData(ThongTin, "A4", "Huyện")]
    [InlineData(ThongTin, "A5", "Năm")]
    [InlineData(ThongTin, "A6", "Ngày lập báo cáo")]
    [InlineData(ThongTin, "A7", "Người lập biểu")]
    public void EveryAliasOfTheFormatNamesItsColumn(string sheet, string address, string alias)
    {
        var check = TidyReport.Create().Set(sheet, address, alias).Check();

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
    }

    private static readonly Dictionary<string, Func<string, string>> SpellingsByName = new()
    {
        ["upper case"] = s => s.ToUpperInvariant(),
        ["lower case"] = s => s.ToLowerInvariant(),
        ["without diacritics"] = MatchKey.FoldDiacritics,
        ["decomposed (NFD)"] = s => s.Normalize(NormalizationForm.FormD),
        ["padded and double-spaced"] = s => "  " + s.Replace(" ", "  ", StringComparison.Ordinal) + " ",
    };

    public static TheoryData<string> Spellings => [.. SpellingsByName.Keys];

    [Theory]
    [MemberData(nameof(Spellings))]
    public void HeadersLabelsAndSheetNamesAreMatchedWhateverTheirSpelling(string spelling)
    {
        var spell = SpellingsByName[spelling];
        var report = TidyReport.Create();
        foreach (var sheet in new[] { TongHop, DanhSachHo, HoTro }) report.RewriteHeaders(sheet, spell);
        for (var row = 1; row <= 8; row++) report.Set(ThongTin, $"A{row}", spell(report.Sheet(ThongTin).Cell(row, 1).GetString()));
        report.RenameSheet(TongHop, spell("Tổng hợp"));

        ReadsLike.TheTidyReport(report);
    }

    [Fact]
    public void HeadersWithoutAnyDiacriticsTypedByHandAreMatched()
    {
        string[] ascii =
        [
            "MA XA", "TEN XA", "TONG SO HO", "HO NGHEO DAU KY", "SO HO THOAT NGHEO", "SO HO NGHEO PHAT SINH", "SO HO TAI NGHEO",
            "HO NGHEO CUOI KY", "TY LE HO NGHEO (%)", "HO CAN NGHEO DAU KY", "SO HO THOAT CAN NGHEO", "SO HO CAN NGHEO PHAT SINH",
            "HO CAN NGHEO CUOI KY", "TY LE HO CAN NGHEO (%)", "HO NGHEO DTTS", "HO NGHEO KHONG CO KHA NANG LAO DONG",
        ];
        var report = TidyReport.Create();
        report.SetRow(TongHop, "A1", ascii);

        ReadsLike.TheTidyReport(report);
    }

    [Theory]
    [InlineData("C1", "Tổng số hộ (hộ)")]
    [InlineData("H1", "Hộ nghèo cuối kỳ (hộ)")]
    [InlineData("I1", "Tỷ lệ hộ nghèo %")]
    [InlineData("I1", "Tỷ lệ hộ nghèo cuối kỳ (%)")]
    [InlineData("N1", "Tỷ lệ hộ cận nghèo cuối kỳ (%)")]
    public void AUnitInParenthesesIsANoteNotPartOfTheName(string address, string header)
    {
        var check = TidyReport.Create().Set(TongHop, address, header).Check();

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
    }

    [Fact]
    public void ExtraColumnsAreIgnoredAndReportedAsInformation()
    {
        var report = TidyReport.Create();
        report.Sheet(TongHop).Column(1).InsertColumnsBefore(1);
        report.Set(TongHop, "A1", "STT");
        for (var row = 2; row <= 5; row++) report.Set(TongHop, $"A{row}", row - 1);
        report.Set(TongHop, "R1", "Ghi chú").Set(TongHop, "R3", "Xã đặc biệt khó khăn");

        var check = report.Check();
        ReadsLike.TheTidyReport(report);

        Assert.Equal(["TongHop!A1", "TongHop!R1"], check.Findings.Select(f => f.Cell));
        Assert.All(check.Findings, f => Assert.Equal("COLUMN_IGNORED", f.Rule));
        Assert.Contains("\"STT\"", check.Findings[0].Message);
    }
}
