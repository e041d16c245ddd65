using PovertyEtl.Ingestion;
using ClosedXML.Excel;
using PovertyEtl.Feedback.Templates;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Feedback;

/// <summary>
/// The <c>template</c> workbook after the 2025 reform (format v2): a province's, listing its
/// communes in force from 1 July 2025, or one commune's own; no district anywhere. Filled in as an
/// officer would and recalculated, it validates clean and loads under its reporting unit.
/// </summary>
public sealed class ReformTemplateTests
{
    private const int Year = 2025;
    private const int CurrentYear = 2026;

    private static string WriteTemplate(ScratchFolder folder, string province, string? commune = null)
    {
        var (subject, problem) = TemplateSubject.FindAfterReform(province, commune, Year, ReferenceFixture.Load(), CurrentYear);
        Assert.Null(problem);
        var path = folder.File("mau.xlsx");
        ReportTemplate.Write(path, subject!, ReferenceFixture.Load());
        return path;
    }

    private static string FilledAndRecalculated(ScratchFolder folder, string template, int households)
    {
        TemplateFiller.Fill(template, folder.File("filled.xlsx"), households);
        return LibreOffice.Recalculate(folder.File("filled.xlsx"), folder.File("recalculated")) ?? folder.File("filled.xlsx");
    }

    /// <summary>ThongTin's labels in the order they stand, each with its value.</summary>
    private static List<(string Label, string Value)> Info(string path)
    {
        using var book = new XLWorkbook(path);
        var info = book.Worksheet(ReportFormat.InfoSheet);
        return [.. info.Column(1).CellsUsed().Skip(1).Where(c => ReportFormat.InfoLabels.Any(l => l.Label == c.GetString()))
            .Select(c => (c.GetString(), c.CellRight().GetString()))];
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AFilledProvinceTemplateValidatesCleanAndLoadsAsTheProvincesReport(string engine)
    {
        using var folder = new ScratchFolder();
        var template = WriteTemplate(folder, "86");
        var file = FilledAndRecalculated(folder, template, households: 150);

        var check = new ReportPass(ReferenceFixture.Load(), TimeProvider.System).Check(file);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var run = TestPipeline.Create(warehouse, folder.Path).Ingest(file);

        Assert.True(check.Errors == 0 && check.Warnings == 0, check.Problems().Describe());
        Assert.Equal(
            ["COLUMN_IGNORED TongHop!P4", "COLUMN_IGNORED TongHop!Q4", "COLUMN_IGNORED TongHop!R4", "COLUMN_IGNORED TongHop!S4",
             "SHEET_IGNORED DanhMuc", "SHEET_IGNORED HuongDan"],
            check.Findings.Select(f => $"{f.Rule} {(f.Cell.Length > 0 ? f.Cell : f.Sheet)}").Order(StringComparer.Ordinal));
        var loaded = Assert.Single(run.Files);
        Assert.Equal(FileOutcomeStatus.Loaded, loaded.Status);
        Assert.Equal(("86", (string?)null), (loaded.ReportingUnit, loaded.DistrictCode));
        var communes = ReferenceFixture.Load().UnitsFromReform.CommunesOfProvince("86").Count;
        Assert.Equal(communes, warehouse.Count("SELECT count(*) FROM mart.poverty_commune_year WHERE year = 2025 AND province_code = '86' AND district_code IS NULL"));
        Assert.Equal(communes, warehouse.Count("SELECT communes_reporting FROM mart.poverty_province_series WHERE year = 2025 AND province_code = '86'"));
        Assert.Equal(150, warehouse.Count("SELECT sum(households) FROM mart.deprivation_commune_year WHERE year = 2025 AND indicator_code = 'EMP1'"));
    }

    [Fact]
    public void AProvinceTemplateNamesTheProvinceAndVersion2AndNeitherDistrictNorCommuneAndListsTheProvincesCommunes()
    {
        using var folder = new ScratchFolder();
        var template = WriteTemplate(folder, "86");

        Assert.Equal([("Mã tỉnh", "86"), ("Tên tỉnh", "Vĩnh Long"), ("Năm báo cáo", "2025"), ("Ngày lập", ""), ("Người lập", ""), ("Phiên bản mẫu", "2")],
            Info(template));
        using var book = new XLWorkbook(template);
        var summary = TemplateFiller.Table(book, ReportFormat.SummarySheet, ReportFormat.Summary);
        var listed = summary.Sheet.Column(summary.Column("commune_code")).CellsUsed()
            .Where(c => c.Address.RowNumber >= TemplateFiller.FirstDataRow).Select(c => c.GetString()).ToList();
        Assert.Equal(ReferenceFixture.Load().UnitsFromReform.CommunesOfProvince("86").Select(c => c.Code).Order(StringComparer.Ordinal), listed);
        Assert.Contains("29242", listed);
        var instructions = string.Join("\n", book.Worksheet(InstructionsSheet.Name).Column(1).CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Tỉnh Vĩnh Long (mã tỉnh 86)", instructions);
        Assert.Contains("phiên bản 2", instructions);
        Assert.Contains("không còn cấp huyện", instructions);
        Assert.DoesNotContain("của huyện", instructions);
    }

    [Fact]
    public void ACommunesOwnTemplateNamesItInThongTinListsItAloneAndFilledLoadsUnderTheCommune()
    {
        using var folder = new ScratchFolder();
        var template = WriteTemplate(folder, "86", "29242");

        var info = Info(template);
        var file = FilledAndRecalculated(folder, template, households: 30);
        var check = new ReportPass(ReferenceFixture.Load(), TimeProvider.System).Check(file);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var run = TestPipeline.Create(warehouse, folder.Path).Ingest(file);

        Assert.Equal([("Mã tỉnh", "86"), ("Tên tỉnh", "Vĩnh Long"), ("Mã xã", "29242"), ("Tên xã", "Trà Vinh"), ("Năm báo cáo", "2025"),
            ("Ngày lập", ""), ("Người lập", ""), ("Phiên bản mẫu", "2")], info);
        Assert.True(check.Errors == 0 && check.Warnings == 0, check.Problems().Describe());
        Assert.Equal("29242", Assert.Single(run.Files).ReportingUnit);
        Assert.Equal(FileOutcomeStatus.Loaded, run.Files[0].Status);
        Assert.Equal("29242", warehouse.Scalar("SELECT commune_code FROM mart.poverty_commune_year WHERE year = 2025"));
    }

    [Fact]
    public void DistrictsAfterTheReformAProvinceBeforeItAMergedProvinceOrACommuneOfAnotherProvinceHaveNoTemplate()
    {
        var reference = ReferenceFixture.Load();

        var district = TemplateSubject.Find("849", Year, reference, CurrentYear).Problem;
        var provinceBefore = TemplateSubject.FindAfterReform("86", null, 2024, reference, CurrentYear).Problem;
        var merged = TemplateSubject.FindAfterReform("84", null, Year, reference, CurrentYear).Problem;
        var elsewhere = TemplateSubject.FindAfterReform("86", "00004", Year, reference, CurrentYear).Problem;
        var oldCommune = TemplateSubject.FindAfterReform("86", "29245", Year, reference, CurrentYear).Problem;

        Assert.Contains("không còn cấp huyện", district);
        Assert.Contains("--province", district);
        Assert.Contains("--district", provinceBefore);
        Assert.Contains("Vĩnh Long", merged);
        Assert.Contains("--province 86", merged);
        Assert.Contains("Hà Nội (01)", elsewhere);
        Assert.Contains("29245", oldCommune);
    }
}
