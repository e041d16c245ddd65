using PovertyEtl.Ingestion;
using ClosedXML.Excel;
using PovertyEtl.Feedback.Annotation;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Feedback;

/// <summary>
/// The annotated copy an officer gets back, read with ClosedXML as Excel would show it: the
/// findings sheet first with a link to each cell, problem cells coloured and commented at the
/// exact cell, record-level problems tinting their row, and the rest of the workbook as it was.
/// </summary>
public sealed class AnnotatedCopyTests : IDisposable
{
    private const string Red = "FFFF9999", Amber = "FFFFD966", ErrorRowTint = "FFFCE4E4";
    private readonly ScratchFolder _scratch = new();

    /// <summary>
    /// Phước Hưng's year-end poor set to 5 (TongHop!H3): the flow does not balance and DanhSachHo
    /// lists 2 (two errors on one cell, both about the row), the stated rate is now off (a warning
    /// at I3). Tập Sơn misnamed (a warning at B4), Tân Sơn's total left empty (an error at a cell
    /// the file does not store). A hidden sheet of notes and a formula with its result ride along.
    /// </summary>
    private (string Original, ReportCheck Check) Spoiled()
    {
        var report = TidyReport.Create()
            .Set(TongHop, "H3", 5)
            .Set(TongHop, "B4", "Phước Hòa")
            .Clear(TongHop, "C5")
            .SetRawCell(ThongTin, "D1", null, "1+1", "2");
        var notes = report.Workbook.AddWorksheet("GhiChu");
        notes.Cell("A1").SetValue("ghi chú ẩn");
        notes.Hide();
        var path = report.SaveTo(_scratch.Path, "bao-cao");
        return (path, new ReportPass(ReferenceFixture.Load(), report.Clock).Check(path));
    }

    private string Annotate(string original, ReportCheck check)
    {
        var target = _scratch.File(AnnotatedCopy.NameFor(original));
        Assert.True(AnnotatedCopy.TryWrite(original, check, target));
        return target;
    }

    [Fact]
    public void TheFindingsSheetComesFirstWithOneRowPerFindingAndALinkToItsCell()
    {
        var (original, check) = Spoiled();

        using var copy = new XLWorkbook(Annotate(original, check));

        var sheet = copy.Worksheet(1);
        Assert.Equal("KetQuaKiemTra", sheet.Name);
        Assert.Equal("Mức độ", sheet.Cell(3, 1).GetString());
        var rows = Enumerable.Range(4, check.Findings.Count).Select(r => sheet.Row(r)).ToList();
        Assert.Equal(check.Findings.OrderBy(f => f.Severity).Select(f => (f.Rule, f.Cell.Length > 0 ? f.Cell : f.Sheet, f.Message)),
            rows.Select(r => (r.Cell(2).GetString(), r.Cell(4).GetString(), r.Cell(6).GetString())));
        Assert.True(sheet.Cell(4 + check.Findings.Count, 1).IsEmpty());
        var flow = rows.Single(r => r.Cell(2).GetString() == "FLOW_BALANCE_POOR");
        Assert.Equal("Lỗi", flow.Cell(1).GetString());
        Assert.Equal("5", flow.Cell(5).GetString());
        Assert.Equal("TongHop!H3", flow.Cell(4).Hyperlink.InternalAddress);
        var name = rows.Single(r => r.Cell(2).GetString() == "COMMUNE_NAME_MISMATCH");
        Assert.Equal(("Cảnh báo", "TongHop!B4"), (name.Cell(1).GetString(), name.Cell(4).Hyperlink.InternalAddress));
        var ignored = rows.Single(r => r.Cell(2).GetString() == "SHEET_IGNORED");
        Assert.Equal("Thông tin", ignored.Cell(1).GetString());
        Assert.Contains("BỊ TỪ CHỐI", sheet.Cell(1, 1).GetString());
    }

    [Fact]
    public void EachProblemCellIsColouredAndCommentedAndARecordProblemTintsItsRow()
    {
        var (original, check) = Spoiled();

        using var copy = new XLWorkbook(Annotate(original, check));

        var summary = copy.Worksheet(TongHop);
        var h3 = summary.Cell("H3");
        Assert.Equal(Red, Fill(h3));
        Assert.Contains("FLOW_BALANCE_POOR", h3.Comment.Text);
        Assert.Contains("HOUSEHOLD_COUNT_MISMATCH", h3.Comment.Text);
        Assert.Contains(check.Findings.Single(f => f.Rule == "FLOW_BALANCE_POOR").Message, h3.Comment.Text);
        Assert.Equal(Amber, Fill(summary.Cell("I3")));
        Assert.Contains("RATE_MISMATCH", summary.Cell("I3").Comment.Text);
        Assert.Equal(ErrorRowTint, Fill(summary.Cell("A3")));
        Assert.Equal(ErrorRowTint, Fill(summary.Cell("P3")));
        Assert.Equal(Amber, Fill(summary.Cell("B4")));
        Assert.Contains("Tập Sơn", summary.Cell("B4").Comment.Text);
        Assert.Equal(Red, Fill(summary.Cell("C5")));
        Assert.Contains("VALUE_REQUIRED", summary.Cell("C5").Comment.Text);
        foreach (var quiet in new[] { "A2", "H2", "A4", "C4", "A5", "Q3" })
        {
            Assert.False(summary.Cell(quiet).HasComment, quiet);
            Assert.NotEqual(Red, Fill(summary.Cell(quiet)));
            Assert.NotEqual(ErrorRowTint, Fill(summary.Cell(quiet)));
        }
    }

    [Fact]
    public void EverythingElseOfTheWorkbookIsAsItWasAndTheOriginalIsUntouched()
    {
        var (original, check) = Spoiled();
        var before = File.ReadAllBytes(original);

        var path = Annotate(original, check);

        Assert.Equal(before, File.ReadAllBytes(original));
        using var source = new XLWorkbook(original);
        using var copy = new XLWorkbook(path);
        Assert.Equal(source.Worksheets.Select(s => (s.Name, s.Visibility)), copy.Worksheets.Skip(1).Select(s => (s.Name, s.Visibility)));
        Assert.Equal(XLWorksheetVisibility.Hidden, copy.Worksheet("GhiChu").Visibility);
        foreach (var sheet in source.Worksheets)
        {
            var copied = copy.Worksheet(sheet.Name);
            foreach (var cell in sheet.CellsUsed())
            {
                var twin = copied.Cell(cell.Address.ToString());
                Assert.Equal((cell.Value, cell.FormulaA1, cell.Style.NumberFormat.Format, cell.Style.Font.Bold),
                    (twin.Value, twin.FormulaA1, twin.Style.NumberFormat.Format, twin.Style.Font.Bold));
            }
        }
    }

    [Fact]
    public void TheCopyStillReadsAsTheSameReportWithFormulaResultsKept()
    {
        var (original, check) = Spoiled();

        var path = Annotate(original, check);

        var again = new ReportPass(ReferenceFixture.Load(), FakeClock.On(2025, 6, 15)).Check(path);
        Assert.Equal(check.Findings.Select(f => (f.Rule, f.Cell, f.Message)), again.Findings.Where(f => f.Sheet != "KetQuaKiemTra").Select(f => (f.Rule, f.Cell, f.Message)));
        using var workbook = WorkbookFile.Open(path).Workbook!;
        var info = workbook.ReadRows(workbook.Sheets.Single(s => s.Name == ThongTin)).First();
        Assert.Equal((CellKind.Number, 2.0), (info[4].Kind, info[4].Number));
    }

    [Fact]
    public void TheOfficersOwnCommentsStayAndOursIsAddedUnderTheirs()
    {
        var report = TidyReport.Create().Set(TongHop, "H3", 5);
        report.Sheet(TongHop).Cell("A2").Comment.AddText("Số liệu đã đối chiếu với xã");
        report.Sheet(TongHop).Cell("H3").Comment.AddText("Xã báo muộn");
        var original = report.SaveTo(_scratch.Path, "co-ghi-chu");
        var check = new ReportPass(ReferenceFixture.Load(), report.Clock).Check(original);

        using var copy = new XLWorkbook(Annotate(original, check));

        var summary = copy.Worksheet(TongHop);
        Assert.Equal("Số liệu đã đối chiếu với xã", summary.Cell("A2").Comment.Text);
        Assert.StartsWith("Xã báo muộn", summary.Cell("H3").Comment.Text);
        Assert.Contains("FLOW_BALANCE_POOR", summary.Cell("H3").Comment.Text);
        Assert.Contains("RATE_MISMATCH", summary.Cell("I3").Comment.Text);
    }

    [Fact]
    public void AFileThatDoesNotOpenAsAWorkbookGetsNoCopy()
    {
        var original = _scratch.File("hong.xlsx", RawFiles.Truncated(TidyReport.Create().ToBytes()));
        var check = new ReportPass(ReferenceFixture.Load(), TimeProvider.System).Check(original);
        var target = _scratch.File("hong.kiem-tra.xlsx");

        Assert.False(AnnotatedCopy.TryWrite(original, check, target));
        Assert.False(File.Exists(target));
        Assert.False(File.Exists(target + ".part"));
    }

    [Fact]
    public void TheCopyIsNamedAfterTheOriginalAndAMacroWorkbookKeepsItsKind()
    {
        Assert.Equal("bao-cao.kiem-tra.xlsx", AnnotatedCopy.NameFor("/x/bao-cao.xlsx"));
        Assert.Equal("bao-cao.kiem-tra.xlsm", AnnotatedCopy.NameFor("bao-cao.xlsm"));
    }

    private static string Fill(IXLCell cell) => cell.Style.Fill.BackgroundColor.ToString();

    public void Dispose() => _scratch.Dispose();
}
