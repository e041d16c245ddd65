using PovertyEtl.Ingestion;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.MinimalXlsx;

namespace PovertyEtl.Tests.Reading.Workbook;

/// <summary>
/// Workbooks written by hand, part by part, prove the reader follows the standard rather than
/// what Excel or ClosedXML happen to write: strict namespaces, inline strings, missing cell
/// references, parts under other names, the 1904 date system.
/// </summary>
public sealed class HandWrittenWorkbookTests
{
    /// <summary>ThongTin with a date cell (style 1) holding <paramref name="reportDateSerial"/>; rows and cells without references.</summary>
    private static string[] InfoRows(double reportDateSerial) =>
    [
        Row(Inline("Mã tỉnh"), Inline("84")),
        Row(Inline("Tên tỉnh"), Inline("Trà Vinh")),
        Row(Inline("Mã huyện"), Number(849)),
        Row(Inline("Tên huyện"), Inline("Trà Cú")),
        Row(Inline("Năm báo cáo"), Number(2024)),
        Row(Inline("Ngày lập"), Number(reportDateSerial, style: 1)),
    ];

    /// <summary>TongHop: a rich-text header cell, cells without references after one with, rates as percent-styled fractions.</summary>
    private static string[] SummaryRows()
    {
        var rows = new List<string>
        {
            Row(1, [.. TidyReport.SummaryHeaders.Select((h, i) => i == 7 ? RichText("Hộ nghèo ", "cuối kỳ") : Inline(h))]),
        };
        foreach (var c in TidyData.Communes)
        {
            rows.Add(Row(c.Row,
                Inline(c.Code, $"A{c.Row}"), Inline(c.Name), Number(c.Total), Number(c.PoorStart), Number(c.PoorEscaped), Number(c.PoorNew),
                Number(c.PoorReturned), Number(c.PoorEnd), Number((double)c.PoorRate / 100, style: 2), Number(c.NearPoorStart),
                Number(c.NearPoorEscaped), Number(c.NearPoorNew), Number(c.NearPoorEnd), Number((double)c.NearPoorRate / 100, style: 2),
                Number(TidyData.PoorEthnicMinority(c)), Number(c.PoorNoLabour)));
        }
        return [.. rows];
    }

    private static ReportCheck Check(MinimalXlsx workbook, string name = "bao-cao.xlsx")
    {
        using var scratch = new ScratchFolder();
        return new ReportPass(ReferenceFixture.Load(), FakeClock.On(2025, 6, 15)).Check(scratch.File(name, workbook.ToBytes()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AWorkbookWithInlineStringsAndNoCellReferencesIsReadInBothNamespaces(bool strict)
    {
        var workbook = new MinimalXlsx(strict)
            .Sheet("ThongTin", "pages/info.xml", null, InfoRows(45641))
            .Sheet("TongHop", "pages/summary.xml", null, SummaryRows());

        var check = Check(workbook);

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
        Assert.Equal("849", check.DistrictCode);
        Assert.Equal(2024, check.Year);
    }

    [Fact]
    public void CellsWithoutAReferenceFollowThePreviousCellAndRowsThePreviousRow()
    {
        var workbook = new MinimalXlsx(strict: true).Sheet("S", "s.xml", null,
            Row(Inline("a"), Inline("b")),
            Row(4, Inline("c", "C4"), Inline("d"), Number(7, reference: "F4"), Number(8)),
            Row(Inline("e")));
        using var scratch = new ScratchFolder();
        var opening = WorkbookFile.Open(scratch.File("s.xlsx", workbook.ToBytes()));
        using var book = opening.Workbook!;

        var rows = book.ReadRows(book.Sheets[0]).ToList();

        Assert.Equal([1, 4, 5], rows.Select(r => r.Number));
        Assert.Equal([1, 2], rows[0].Cells.Select(c => c.Column));
        Assert.Equal([3, 4, 6, 7], rows[1].Cells.Select(c => c.Column));
        Assert.Equal("d", rows[1][4].Text);
        Assert.Equal(8, rows[1][7].Number);
        Assert.Equal("e", rows[2][1].Text);
    }

    [Fact]
    public void DatesOfA1904WorkbookAreTheSameDates()
    {
        var workbook = new MinimalXlsx(strict: false) { Date1904 = true }
            .Sheet("ThongTin", "a.xml", null, InfoRows(45641 - 1462))
            .Sheet("TongHop", "b.xml", null, SummaryRows());
        using var scratch = new ScratchFolder();
        var findings = new FindingList();
        using var district = PovertyEtl.Reading.ReportWorkbook.Open(scratch.File("b.xlsx", workbook.ToBytes()), ReferenceFixture.Load(), new ReadProblemFindings(findings))!;

        Assert.Equal(new DateOnly(2024, 12, 15), district.ReadInfo().ReportDate?.Value);
    }

    [Fact]
    public void AVeryHiddenSheetIsReadLikeAVisibleOne()
    {
        var workbook = new MinimalXlsx(strict: true)
            .Sheet("ThongTin", "a.xml", "veryHidden", InfoRows(45641))
            .Sheet("TongHop", "b.xml", "hidden", SummaryRows());

        var check = Check(workbook);

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
        Assert.Equal("849", check.DistrictCode);
    }

    [Fact]
    public void ASheetWhosePartIsMissingMakesTheFileCorruptNotACrash()
    {
        var workbook = new MinimalXlsx(strict: false).Sheet("ThongTin", "a.xml", null, InfoRows(45641));
        var bytes = workbook.ToBytes();
        using var scratch = new ScratchFolder();
        var path = scratch.File("thieu.xlsx", bytes);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
            zip.GetEntry("xl/a.xml")!.Delete();

        var check = new ReportPass(ReferenceFixture.Load(), FakeClock.On(2025, 6, 15)).Check(path);

        Assert.Contains(check.Findings, f => f.Rule == "FILE_CORRUPT" && f.Severity == Severity.Error);
        Assert.Equal(ReportOutcome.Rejected, check.Outcome);
    }

    [Theory]
    [InlineData("xl/book.xml")]
    [InlineData("xl/b.xml")]
    public void APartThatIsNotWellFormedXmlMakesTheFileCorruptNotACrash(string part)
    {
        var workbook = new MinimalXlsx(strict: false)
            .Sheet("ThongTin", "a.xml", null, InfoRows(45641))
            .Sheet("TongHop", "b.xml", null, SummaryRows());
        using var scratch = new ScratchFolder();
        var path = scratch.File("hong.xlsx", workbook.ToBytes());
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry(part)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write("<worksheet><sheetData><row><c><v>1</v></row>");
        }

        var check = new ReportPass(ReferenceFixture.Load(), FakeClock.On(2025, 6, 15)).Check(path);

        var finding = Assert.Single(check.Findings, f => f.Rule == "FILE_CORRUPT");
        Assert.Equal(string.Empty, finding.Cell);
        Assert.Equal(ReportOutcome.Rejected, check.Outcome);
    }

    [Fact]
    public void CellsStoredOutOfColumnOrderAreReadNotACrash()
    {
        // Not what the standard allows, but a generator may write a note far right first.
        var rows = SummaryRows();
        rows[2] = rows[2].Replace("<row r=\"3\">", "<row r=\"3\">" + Inline("ghi chú", "Z3"), StringComparison.Ordinal);
        var workbook = new MinimalXlsx(strict: false)
            .Sheet("ThongTin", "a.xml", null, InfoRows(45641))
            .Sheet("TongHop", "b.xml", null, rows);

        var check = Check(workbook);

        Assert.True(check.Findings.Count == 0, check.Findings.Describe());
    }
}
