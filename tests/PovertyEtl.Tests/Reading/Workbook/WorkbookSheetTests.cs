using ClosedXML.Excel;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Workbook;

/// <summary>The workbook as a whole: sheet names, hidden sheets, extensions.</summary>
public sealed class WorkbookSheetTests
{
    [Fact]
    public void SheetsNamedInVietnameseWithSpacesAreTheFormatsSheets()
    {
        var report = TidyReport.Create()
            .RenameSheet(ThongTin, "Thông tin").RenameSheet(TongHop, "Tổng hợp").RenameSheet(DanhSachHo, "Danh sách hộ").RenameSheet(HoTro, "Hỗ trợ");

        ReadsLike.TheTidyReport(report);
    }

    [Fact]
    public void AFindingNamesTheSheetAsTheWorkbookDoesQuotedLikeExcel()
    {
        var report = TidyReport.Create().RenameSheet(TongHop, "Tổng hợp").Set("Tổng hợp", "D3", 4);

        var finding = Assert.Single(report.Check().Findings);

        Assert.Equal("Tổng hợp", finding.Sheet);
        Assert.Equal("'Tổng hợp'!H3", finding.Cell);
    }

    [Fact]
    public void AHiddenSheetIsReadAndChecked()
    {
        var report = TidyReport.Create().DeleteRow(DanhSachHo, 2);
        report.Sheet(DanhSachHo).Visibility = XLWorksheetVisibility.Hidden;
        report.Sheet(ThongTin).Visibility = XLWorksheetVisibility.VeryHidden;

        var finding = Assert.Single(report.Check().Findings);

        Assert.Equal("HOUSEHOLD_COUNT_MISMATCH", finding.Rule);
        Assert.Equal("TongHop!H2", finding.Cell);
    }

    [Theory]
    [InlineData(".xlsm")]
    [InlineData(".XLSX")]
    [InlineData(".xls")]
    public void TheExtensionDoesNotMatterWhenTheContentIsAWorkbook(string extension)
    {
        // A real workbook misnamed .xls is read: the content decides, not the name.
        var report = TidyReport.Create();
        report.Extension = extension;

        ReadsLike.TheTidyReport(report);
    }

    [Fact]
    public void TheOptionalSheetsMayBeLeftOut()
    {
        var check = TidyReport.Create().RemoveSheet(DanhSachHo).RemoveSheet(HoTro).Check();

        Assert.Empty(check.Findings);
    }

    [Fact]
    public void AnOpenDocumentSpreadsheetIsNotAWorkbookAndTheMessageSaysWhatItIs()
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("mimetype").Open())) w.Write("application/vnd.oasis.opendocument.spreadsheet");
            using (var w = new StreamWriter(zip.CreateEntry("content.xml").Open())) w.Write("<office:document-content/>");
        }

        var check = TidyReport.Create().ReplaceFileWith(memory.ToArray(), ".ods").Check();

        var finding = Assert.Single(check.Findings);
        Assert.Equal("FILE_NOT_WORKBOOK", finding.Rule);
        Assert.Contains("OpenDocument", finding.Message);
    }
}
