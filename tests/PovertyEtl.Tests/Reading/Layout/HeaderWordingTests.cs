using System.Text;
using PovertyEtl.Reading.Text;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Layout;

/// <summary>How the header is written: any order, any alias, any spelling, units in parentheses, extra columns.</summary>
public sealed class HeaderWordingTests
{
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
