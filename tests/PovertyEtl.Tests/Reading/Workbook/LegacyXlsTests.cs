using PovertyEtl.Ingestion;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Reading.Workbook;

/// <summary>
/// Legacy Excel 97-2003 files are read, not rejected: each fixture in <c>Fixtures/xls</c> is a
/// report saved by LibreOffice both as .xlsx and as .xls, and the two must read and validate the same.
/// </summary>
public sealed class LegacyXlsTests
{
    public static TheoryData<string> Reports => new() { "84_842_2024", "84_844_2024", "tidy-loi" };

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "xls", name);

    private static ReportCheck Check(string path) => new ReportPass(ReferenceFixture.Load(), FakeClock.On(2025, 6, 15)).Check(path);

    [Theory]
    [MemberData(nameof(Reports))]
    public void AnXlsValidatesExactlyLikeTheXlsxItWasSavedFrom(string report)
    {
        var xlsx = Check(Fixture(report + ".xlsx"));
        var xls = Check(Fixture(report + ".xls"));

        Assert.Equal(xlsx.Outcome, xls.Outcome);
        Assert.Equal((xlsx.DistrictCode, xlsx.Year), (xls.DistrictCode, xls.Year));
        Assert.Equal(xlsx.Findings.Select(f => (f.Rule, f.Severity, f.Cell, f.Value, f.Message)), xls.Findings.Select(f => (f.Rule, f.Severity, f.Cell, f.Value, f.Message)));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void AnXlsGivesTheSameSheetsRowsAndCellsAsTheXlsx(string report)
    {
        using var xlsx = WorkbookFile.Open(Fixture(report + ".xlsx")).Workbook!;
        using var xls = WorkbookFile.Open(Fixture(report + ".xls")).Workbook!;

        Assert.Equal(xlsx.Sheets.Select(s => (s.Name, s.Hidden)), xls.Sheets.Select(s => (s.Name, s.Hidden)));
        foreach (var (sheet, legacy) in xlsx.Sheets.Zip(xls.Sheets))
        {
            var expected = xlsx.ReadRows(sheet).Where(r => !r.IsBlank).SelectMany(r => r.Cells.Where(c => !c.IsBlank).Select(c => (r.Number, c))).ToList();
            var actual = xls.ReadRows(legacy).Where(r => !r.IsBlank).SelectMany(r => r.Cells.Where(c => !c.IsBlank).Select(c => (r.Number, c))).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void AnErrorValueInAnXlsIsTheSameErrorAtTheSameCell()
    {
        var check = Check(Fixture("tidy-loi.xls"));

        var error = Assert.Single(check.Findings, f => f.Rule == "VALUE_CELL_ERROR");
        Assert.Equal(("TongHop!N2", "#DIV/0!"), (error.Cell, error.Value));
    }

    [Fact]
    public void AHiddenSheetOfAnXlsIsListedAsHidden()
    {
        using var xls = WorkbookFile.Open(Fixture("84_844_2024.xls")).Workbook!;

        Assert.Contains(xls.Sheets, s => s.Name == "HuongDan" && s.Hidden);
        Assert.Contains(xls.Sheets, s => s.Name == "ThongTin" && !s.Hidden);
    }

    [Fact]
    public void AnXlsThatCannotBeReadIsRejectedWithTheStepsToConvertIt()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.File("cu.xls", RawFiles.LegacyXls());

        var finding = Assert.Single(Check(path).Findings);

        Assert.Equal(("FILE_LEGACY_XLS", Severity.Error), (finding.Rule, finding.Severity));
        Assert.Contains("--convert-to xlsx", finding.Message);
    }
}
