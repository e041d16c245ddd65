using PovertyEtl.Ingestion;
using ClosedXML.Excel;
using Xunit;
using PovertyEtl.Feedback.Templates;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Feedback;

/// <summary>
/// The <c>template</c> workbook: filled in as an officer would and recalculated, it validates
/// clean and loads; untouched, only its empty cells are wrong; its lists, checks, protection and
/// check formulas are there and right.
/// </summary>
public sealed class ReportTemplateTests
{
    private const string District = "842";
    private const int Year = 2024;

    private static string WriteTemplate(ScratchFolder folder)
    {
        var (subject, problem) = TemplateSubject.Find(District, Year, ReferenceFixture.Load(), 2026);
        Assert.Null(problem);
        var path = folder.File("mau.xlsx");
        ReportTemplate.Write(path, subject!, ReferenceFixture.Load());
        return path;
    }

    /// <summary>The filled file as the officer's spreadsheet program saves it: recalculated by LibreOffice when there is one.</summary>
    private static string Recalculated(string filled, ScratchFolder folder) =>
        LibreOffice.Recalculate(filled, folder.File("recalculated")) ?? filled;

    [Fact]
    public void AFilledTemplateRecalculatedValidatesCleanAndLoadsIntoTheWarehouse()
    {
        using var folder = new ScratchFolder();
        var model = TemplateFiller.Fill(WriteTemplate(folder), folder.File("filled.xlsx"), households: 90);
        var file = Recalculated(folder.File("filled.xlsx"), folder);

        var check = new ReportPass(ReferenceFixture.Load(), TimeProvider.System).Check(file);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var report = TestPipeline.Create(warehouse, folder.Path).Ingest(file);

        Assert.Equal(0, check.Errors);
        Assert.Equal(0, check.Warnings);
        Assert.Equal(
            ["COLUMN_IGNORED TongHop!P4", "COLUMN_IGNORED TongHop!Q4", "COLUMN_IGNORED TongHop!R4", "COLUMN_IGNORED TongHop!S4",
             "SHEET_IGNORED DanhMuc", "SHEET_IGNORED HuongDan"],
            check.Findings.Select(f => $"{f.Rule} {(f.Cell.Length > 0 ? f.Cell : f.Sheet)}").Order(StringComparer.Ordinal));
        Assert.Equal(FileOutcomeStatus.Loaded, Assert.Single(report.Files).Status);
        Assert.Equal(model.Communes.Count, warehouse.Count($"SELECT count(*) FROM mart.poverty_commune_year WHERE district_code = '{District}'"));
        Assert.Equal(model.Communes.Sum(c => c.Poor.End), warehouse.Count($"SELECT poor_end FROM mart.poverty_district_year WHERE district_code = '{District}'"));
        Assert.Equal(90, warehouse.Count($"SELECT sum(households) FROM mart.deprivation_commune_year WHERE indicator_code = 'EMP1' AND district_code = '{District}'"));
        Assert.Equal(model.Communes.Sum(c => c.Support.Count), warehouse.Count("SELECT count(*) FROM mart.support_commune_year"));
        var nearPoorNoLabour = model.Communes.Sum(c => c.NearPoorNoLabour);
        Assert.True(nearPoorNoLabour > 0, "the filled template has near-poor households with no member able to work");
        Assert.Equal(nearPoorNoLabour, warehouse.Count($"SELECT near_poor_no_labour_end FROM mart.poverty_district_year WHERE district_code = '{District}'"));
    }

    [Fact]
    public void NearPoorWithoutLabourTypedAboveTheNearPoorTurnsRedAndIsRejected()
    {
        using var folder = new ScratchFolder();
        var model = TemplateFiller.Fill(WriteTemplate(folder), folder.File("filled.xlsx"), edit: book =>
        {
            var summary = TemplateFiller.Table(book, ReportFormat.SummarySheet, ReportFormat.Summary);
            var row = TemplateFiller.FirstDataRow;
            summary.Sheet.Cell(row, summary.Column("near_poor_no_labour_end")).Value =
                summary.Sheet.Cell(row, summary.Column("near_poor_end")).GetDouble() + 1;
        });

        var check = new ReportPass(ReferenceFixture.Load(), TimeProvider.System).Check(folder.File("filled.xlsx"));
        using var book = new XLWorkbook(folder.File("filled.xlsx"));
        var summary = TemplateFiller.Table(book, ReportFormat.SummarySheet, ReportFormat.Summary);
        var cell = summary.Sheet.Cell(TemplateFiller.FirstDataRow, summary.Column("near_poor_no_labour_end"));
        var marking = Assert.Single(summary.Sheet.ConditionalFormats, f => f.Range.Contains(cell));
        bool Marked() => (bool)summary.Sheet.Evaluate(marking.Values[1].Value);
        var markedAbove = Marked();
        cell.Value = model.Communes[0].NearPoor.End;

        var error = Assert.Single(check.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("NEAR_POOR_NO_LABOUR_EXCEEDS_NEAR_POOR", "TongHop!" + cell.Address.ToStringRelative()), (error.Rule, error.Cell));
        Assert.True(markedAbove);
        Assert.False(Marked());
        Assert.Equal(TemplateStyles.Wrong.Color.ToArgb(), marking.Style.Fill.BackgroundColor.Color.ToArgb());
    }

    [Fact]
    public void TheCheckColumnsShowTheFlowBalanceAndTheRatesOnceRecalculated()
    {
        using var folder = new ScratchFolder();
        // The first commune's year-end poor count typed 5 too high: its balance shows -5.
        var model = TemplateFiller.Fill(WriteTemplate(folder), folder.File("filled.xlsx"), edit: book =>
        {
            var summary = TemplateFiller.Table(book, ReportFormat.SummarySheet, ReportFormat.Summary);
            var cell = summary.Sheet.Cell(TemplateFiller.FirstDataRow, summary.Column("poor_end"));
            cell.Value = cell.GetDouble() + 5;
        });
        var file = Recalculated(folder.File("filled.xlsx"), folder);

        using var book = new XLWorkbook(file);
        var sheet = book.Worksheet(ReportFormat.SummarySheet);
        var first = model.Communes[0];
        var second = model.Communes[1];
        // The results LibreOffice stored, as the officer's program would; without it, ClosedXML evaluates the formulas.
        double Value(int row, string header)
        {
            var cell = sheet.Cell(row, Header(sheet, header));
            Assert.True(cell.HasFormula);
            return LibreOffice.Executable is null ? cell.GetDouble() : Convert.ToDouble(cell.CachedValue, System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal(-5, Value(TemplateFiller.FirstDataRow, SummarySheet.PoorBalanceHeader));
        Assert.Equal(0, Value(TemplateFiller.FirstDataRow + 1, SummarySheet.PoorBalanceHeader));
        Assert.Equal(0, Value(TemplateFiller.FirstDataRow, SummarySheet.NearPoorBalanceHeader));
        Assert.Equal((double)(first.Poor.End + 5) / first.TotalHouseholds, Value(TemplateFiller.FirstDataRow, SummarySheet.PoorRateHeader), 9);
        Assert.Equal((double)second.NearPoor.End / second.TotalHouseholds, Value(TemplateFiller.FirstDataRow + 1, SummarySheet.NearPoorRateHeader), 9);
        Assert.Contains(new ReportPass(ReferenceFixture.Load(), TimeProvider.System).Check(file).Findings,
            f => f.Rule == "FLOW_BALANCE_POOR" && f.Cell == "TongHop!H5");
    }

    [Fact]
    public void AnUntouchedTemplateIsWrongOnlyInItsEmptyRequiredCells()
    {
        using var folder = new ScratchFolder();

        var check = new ReportPass(ReferenceFixture.Load(), TimeProvider.System).Check(WriteTemplate(folder));

        var communes = ReferenceFixture.Load().Units.CommunesOf(District).Count;
        var requiredCounts = ReportFormat.Summary.RequiredColumns.Count(c => c.Kind == ValueKind.Count);
        var errors = check.Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.All(errors, f => Assert.Equal("VALUE_REQUIRED", f.Rule));
        Assert.Equal(Math.Min(100, communes * requiredCounts), errors.Count(f => f.Rule == "VALUE_REQUIRED"));
        Assert.Equal(communes * requiredCounts, check.Errors);
        Assert.Equal(0, check.Warnings);
    }

    private static int Header(IXLWorksheet sheet, string header) =>
        sheet.Row(TemplateFiller.FirstDataRow - 1).CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;
}
