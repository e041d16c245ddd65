using ClosedXML.Excel;
using PovertyEtl.Feedback.Templates;
using PovertyEtl.Ingestion;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Feedback;

/// <summary>
/// Templates and samples of 2016–2021 are QĐ 59/2015's: its 10 indicator columns under their
/// 5 dimensions, households classified by its lines (an income-only line, then the
/// multidimensional one), and they validate clean.
/// </summary>
public sealed class StandardsByPeriodTests
{
    private static string Template(ScratchFolder folder, string district, int year)
    {
        var (subject, problem) = TemplateSubject.Find(district, year, ReferenceFixture.Load(), 2026);
        Assert.Null(problem);
        var path = folder.File($"mau-{year}.xlsx");
        ReportTemplate.Write(path, subject!, ReferenceFixture.Load());
        return path;
    }

    [Fact]
    public void A2019TemplateHasQd59sTenIndicatorColumnsUnderTheirDimensions()
    {
        using var folder = new ScratchFolder();
        using var book = new XLWorkbook(Template(folder, "842", 2019));
        var qd59 = ReferenceFixture.Load().StandardFor(2019)!;

        var list = TemplateFiller.Table(book, ReportFormat.HouseholdSheet, ReportFormat.Households(qd59.Indicators));
        var groups = qd59.Indicators.Select(i => list.Sheet.Cell(TemplateFiller.FirstDataRow - 2, list.Column("indicator:" + i.Code)).MergedRange()?.FirstCell().GetString());

        Assert.Equal(10, list.Columns.Keys.Count(k => k.StartsWith("indicator:", StringComparison.Ordinal)));
        Assert.Equal(["Thiếu hụt: Y tế", "Thiếu hụt: Giáo dục", "Thiếu hụt: Nhà ở", "Thiếu hụt: Nước sạch và vệ sinh", "Thiếu hụt: Tiếp cận thông tin"],
            groups.Distinct());
        Assert.Contains("QĐ 59/2015/QĐ-TTg", string.Join(" ", book.Worksheet(InstructionsSheet.Name).CellsUsed().Select(c => c.GetString())));
    }

    [Fact]
    public void A2019TemplateFilledAsAnOfficerWouldValidatesCleanAndLoads()
    {
        using var folder = new ScratchFolder();
        var model = TemplateFiller.Fill(Template(folder, "842", 2019), folder.File("filled.xlsx"), households: 90);

        var check = new ReportPass(ReferenceFixture.Load(), TimeProvider.System).Check(folder.File("filled.xlsx"));
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var run = TestPipeline.Create(warehouse, folder.Path).Ingest(folder.File("filled.xlsx"));

        Assert.Equal("QD59_2015", model.Standard.Code);
        Assert.True(check.Errors == 0 && check.Warnings == 0, check.Findings.Describe());
        Assert.Equal(FileOutcomeStatus.Loaded, Assert.Single(run.Files).Status);
        Assert.Equal(90, warehouse.Count("SELECT sum(households) FROM mart.deprivation_commune_year WHERE indicator_code = 'HEA1' AND standard_code = 'QD59_2015'"));
    }

    [Theory]
    [InlineData(2016)]
    [InlineData(2021)]
    public void SamplesOfQd59sYearsValidateWithoutErrorsOrWarnings(int year)
    {
        using var folder = new ScratchFolder();
        var files = SampleFiles.Write(folder.Path, districts: 2, households: 120, seed: 3, year: year);

        Assert.All(files, file =>
        {
            var check = new ReportPass(ReferenceFixture.Load(), TimeProvider.System).Check(file);
            Assert.True(check.Errors == 0 && check.Warnings == 0, check.Findings.Describe());
        });
    }
}
