using PovertyEtl.Tests.Support;
using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Reading.Workbook;
using Xunit;

namespace PovertyEtl.Tests.Feedback;

public sealed class XlsxWorkbookWriterTests : IDisposable
{
    private static readonly DateTimeOffset Stamp = new(2024, 12, 15, 8, 0, 0, TimeSpan.Zero);
    private readonly ScratchFolder _folder = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TextNumbersBooleansAndFormulasReadBackThroughOurReaderAndClosedXml(bool sharedStrings)
    {
        var path = Write(sharedStrings ? XlsxTextStorage.Shared : XlsxTextStorage.Inline, book =>
        {
            using var sheet = book.AddSheet("Dữ liệu");
            var row = new XlsxRow();
            row[1] = XlsxCell.Of("Hộ nghèo", XlsxStyle.Header);
            row[2] = XlsxCell.Of(" lề hai bên ");
            row[3] = XlsxCell.Of("Thu nhập\nbình quân");
            sheet.Write(1, row);
            row[1] = XlsxCell.Of(1234.5);
            row[2] = XlsxCell.Of(true);
            row[3] = XlsxCell.Formula("A2*2", 2469);
            row[4] = XlsxCell.Of(0.0857, XlsxStyle.Percent);
            row[5] = XlsxCell.Of(new DateTime(2024, 12, 15).ToOADate(), XlsxStyle.Date);
            row[6] = XlsxCell.Of("Hộ nghèo");
            sheet.Write(2, row);
        });

        using (var opening = WorkbookFile.Open(path).Workbook!)
        {
            var rows = opening.ReadRows(opening.Sheets.Single()).ToList();
            Assert.Equal(["Hộ nghèo", " lề hai bên ", "Thu nhập\nbình quân"], rows[0].Cells.Select(c => c.Text));
            var values = rows[1].Cells;
            Assert.Equal((CellKind.Number, 1234.5), (values[0].Kind, values[0].Number));
            Assert.Equal(CellKind.Boolean, values[1].Kind);
            Assert.Equal((CellKind.Number, 2469.0), (values[2].Kind, values[2].Number));
            Assert.Equal((NumberFormatKind.Percent, 0.0857), (values[3].Format, values[3].Number));
            Assert.Equal(NumberFormatKind.Date, values[4].Format);
            Assert.Equal("Hộ nghèo", values[5].Text);
        }

        using var workbook = new XLWorkbook(path);
        var closed = workbook.Worksheet("Dữ liệu");
        Assert.Equal(" lề hai bên ", closed.Cell("B1").GetString());
        Assert.Equal(1234.5, closed.Cell("A2").GetDouble());
        Assert.True(closed.Cell("B2").GetBoolean());
        Assert.Equal("A2*2", closed.Cell("C2").FormulaA1);
        Assert.Equal(2469.0, Convert.ToDouble(closed.Cell("C2").CachedValue, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2024, 12, 15), closed.Cell("E2").GetDateTime());
    }

    [Fact]
    public void SharedStringsHoldEachTextOnceInOrderOfFirstUse()
    {
        var path = Write(XlsxTextStorage.Shared, book =>
        {
            using var sheet = book.AddSheet("A");
            var row = new XlsxRow();
            for (var r = 1; r <= 3; r++)
            {
                row[1] = XlsxCell.Of("Kinh");
                row[2] = XlsxCell.Of(r == 2 ? "Khmer" : "Kinh");
                sheet.Write(r, row);
            }
        });
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("xl/sharedStrings.xml")!.Open();
        var sst = XDocument.Load(stream).Root!;
        Assert.Equal(("6", "2"), ((string)sst.Attribute("count")!, (string)sst.Attribute("uniqueCount")!));
        Assert.Equal(["Kinh", "Khmer"], sst.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value));
    }

    [Fact]
    public void MergedRangesHiddenSheetsAndColumnWidthsAreWhatExcelSees()
    {
        var path = Write(XlsxTextStorage.Inline, book =>
        {
            using (var guide = book.AddSheet("HuongDan", hidden: true)) guide.Write(1, Row(1, "Hướng dẫn"));
            using var sheet = book.AddSheet("TongHop", columnWidths: [10, 24.5]);
            sheet.Write(1, Row(1, "Tiêu đề"));
            sheet.Merge(1, 1, 2, 1);
            sheet.Merge(1, 2, 1, 3);
            sheet.Write(2, Row(1, "Mã xã"));
        });
        using var workbook = new XLWorkbook(path);
        Assert.Equal(XLWorksheetVisibility.Hidden, workbook.Worksheet("HuongDan").Visibility);
        var sheet = workbook.Worksheet("TongHop");
        Assert.Equal(["A1:B1", "A2:A3"], sheet.MergedRanges.Select(r => r.RangeAddress.ToString()).Order());
        // ClosedXML takes the cell padding off the stored width (24.5 reads as about 23.8).
        Assert.InRange(sheet.Column(2).Width, 23, 25);
        Assert.InRange(sheet.Column(1).Width, 9, 10.5);
    }

    [Fact]
    public void RowsOutOfOrderAreRefused()
    {
        using var output = new MemoryStream();
        using var book = new XlsxWorkbookWriter(output, XlsxTextStorage.Inline, Stamp);
        using var sheet = book.AddSheet("A");
        sheet.Write(5, Row(1, "năm"));
        Assert.Throws<InvalidOperationException>(() => sheet.Write(5, Row(1, "lại năm")));
        Assert.Throws<InvalidOperationException>(() => sheet.Write(4, Row(1, "bốn")));
    }

    [Fact]
    public void OverlappingMergedRangesAreRefused()
    {
        using var output = new MemoryStream();
        using var book = new XlsxWorkbookWriter(output, XlsxTextStorage.Inline, Stamp);
        using var sheet = book.AddSheet("A");
        sheet.Merge(1, 1, 3, 1);
        Assert.Throws<ArgumentException>(() => sheet.Merge(3, 1, 3, 2));
        Assert.Throws<ArgumentException>(() => sheet.Merge(2, 2, 2, 2));
    }

    [Theory]
    [InlineData("Tổng/hợp")]
    [InlineData("'TongHop")]
    [InlineData("Một tên trang tính dài hơn ba mươi mốt ký tự")]
    [InlineData("tonghop")]
    public void SheetNamesExcelWouldRefuseAreRefused(string name)
    {
        using var output = new MemoryStream();
        using var book = new XlsxWorkbookWriter(output, XlsxTextStorage.Inline, Stamp);
        book.AddSheet("TongHop").Dispose();
        Assert.Throws<ArgumentException>(() => book.AddSheet(name));
    }

    [Fact]
    public void AWorkbookNeedsAVisibleSheet()
    {
        using var output = new MemoryStream();
        using var book = new XlsxWorkbookWriter(output, XlsxTextStorage.Inline, Stamp);
        book.AddSheet("HuongDan", hidden: true).Dispose();
        Assert.Throws<InvalidOperationException>(book.Complete);
    }

    private string Write(XlsxTextStorage storage, Action<XlsxWorkbookWriter> write)
    {
        var path = _folder.File(Guid.NewGuid().ToString("N") + ".xlsx");
        using var output = File.Create(path);
        using var book = new XlsxWorkbookWriter(output, storage, Stamp);
        write(book);
        book.Complete();
        return path;
    }

    private static XlsxRow Row(int column, string text)
    {
        var row = new XlsxRow();
        row[column] = XlsxCell.Of(text);
        return row;
    }

    public void Dispose() => _folder.Dispose();
}
