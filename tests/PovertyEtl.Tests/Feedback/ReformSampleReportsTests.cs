using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PovertyEtl.Feedback.Samples;
using PovertyEtl.Ingestion;
using PovertyEtl.Reading;
using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Feedback;

/// <summary>
/// <c>samples --year 2025</c>: province reports in format v2, one per province, listing the
/// province's communes in force from 1 July 2025, no district anywhere; each validates clean and
/// loads with the province as its reporting unit.
/// </summary>
public sealed class ReformSampleReportsTests(GeneratedReformSamples samples) : IClassFixture<GeneratedReformSamples>
{
    [Theory]
    [MemberData(nameof(GeneratedReformSamples.SeedNumbers), MemberType = typeof(GeneratedReformSamples))]
    public void EveryFileValidatesWithoutErrorsOrWarningsAsTheProvincesReport(int seed)
    {
        foreach (var report in samples.Of(seed))
        {
            var (check, households) = samples.ValidateClean(report);

            Assert.Equal((report.ProvinceCode, (string?)null, GeneratedReformSamples.Year), (check.ReportingUnit, check.DistrictCode, check.Year));
            Assert.True(check.Contents!.Scope.PostReform);
            Assert.Equal(GeneratedReformSamples.Households, households);
            Assert.Equal(GeneratedReformSamples.Households, report.Households);
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedReformSamples.SeedNumbers), MemberType = typeof(GeneratedReformSamples))]
    public void ThongTinNamesTheProvinceAndNoDistrictAndTongHopListsItsCommunesFromTheReform(int seed)
    {
        var units = samples.Reference.UnitsFromReform;
        foreach (var report in samples.Of(seed))
        {
            var findings = new FindingList();
            using var workbook = ReportWorkbook.Open(report.Path, samples.Reference, new ReadProblemFindings(findings))!;
            var info = workbook.ReadInfo();
            var communes = workbook.ReadCommunes()!;

            Assert.Equal(report.ProvinceCode, info.ProvinceCode?.Value);
            Assert.Null(info.DistrictCode);
            Assert.DoesNotContain("district_code", info.Entries.Keys);
            Assert.Null(info.CommuneCode);
            if (info.TemplateVersion is { } version) Assert.Equal("2", version.Value);
            Assert.Equal(units.CommunesOfProvince(report.ProvinceCode).Select(c => c.Code).Order(StringComparer.Ordinal),
                communes.Communes.Select(c => c.CommuneCode!).Order(StringComparer.Ordinal));
            Assert.Equal(report.Communes, communes.Communes.Count);
        }
    }

    [Fact]
    public void TheDefaultTraVinhGoesToVinhLongThenTheNextProvincesOneReportEachNamedByProvinceAndYear()
    {
        Assert.All(samples.All, r => Assert.Equal($"{r.ProvinceCode}_2025.xlsx", Path.GetFileName(r.Path)));
        Assert.All(samples.All, r => Assert.Equal((r.ProvinceCode, (string?)null), (r.ReportingUnit, r.DistrictCode)));
        Assert.Equal(["86", "91"], samples.Of(1).Select(r => r.ProvinceCode));
    }

    [Fact]
    public void AProvinceOfTheReformIsTakenAsItIsAndTheLastComesRoundToTheFirst()
    {
        using var folder = new ScratchFolder();
        var reference = samples.Reference;

        var reports = SampleReports.Generate(new SampleOptions(folder.Path, 2, 10, 1, "96", 2026), reference);

        Assert.Equal(["96", "01"], reports.Select(r => r.ProvinceCode));
        Assert.Equal(reference.UnitsFromReform.CommunesOfProvince("01").Count, reports[1].Communes);
        Assert.Equal(["01_2026.xlsx", "96_2026.xlsx"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MoreReportsThanProvincesOrAnUnknownProvinceIsRefusedBeforeAnyFileIsWritten()
    {
        using var folder = new ScratchFolder();
        var reference = samples.Reference;
        var provinces = reference.UnitsFromReform.Provinces.Count();

        Assert.Throws<ArgumentOutOfRangeException>(() => SampleReports.Write(new SampleOptions(folder.Path, provinces + 1, 10, 1, "86", 2025), reference));
        Assert.Throws<ArgumentException>(() => SampleReports.Write(new SampleOptions(folder.Path, 1, 10, 1, "00", 2025), reference));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void TheSameSeedWritesTheSameBytes() => samples.AssertTheSameBytesTwice(5);

    [Fact]
    public void EveryFileIsValidOfficeOpenXml()
    {
        foreach (var report in samples.Of(1).Concat(samples.Of(2)))
        {
            using var document = SpreadsheetDocument.Open(report.Path, isEditable: false);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public void AcrossSeedsTheFilesVaryTheirLayoutsAndSomeNameTheirTotalsRowAfterTheProvince()
    {
        var layouts = samples.All.Select(r => r.Layout).ToList();
        Assert.Contains(layouts, l => l.TwoRowHeader);
        Assert.Contains(layouts, l => l.Totals != TotalsRow.None);
        Assert.Contains(samples.All, r => Text(r.Path).Contains("Toàn tỉnh", StringComparison.Ordinal));
        Assert.Contains(layouts, l => l.GroupRows);
        Assert.True(layouts.Select(l => l.HeaderSpelling).Distinct().Count() >= 3, "header spellings vary");
    }

    /// <summary>Every text of the package's parts, composed (a file may write its text decomposed).</summary>
    private static string Text(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => { using var reader = new StreamReader(e.Open()); return reader.ReadToEnd(); })).Normalize();
    }

    [Fact]
    public void AProvinceReportLoadsWithTheProvinceAsItsReportingUnitAndEveryCommuneInTheMart()
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var report = samples.Of(3)[0];

        var run = TestPipeline.Create(warehouse, folder.Path).Ingest(report.Path);

        var outcome = Assert.Single(run.Files);
        Assert.Equal(FileOutcomeStatus.Loaded, outcome.Status);
        Assert.Equal(("86", (string?)null), (outcome.ReportingUnit, outcome.DistrictCode));
        Assert.Equal(report.Communes, warehouse.Count("SELECT count(*) FROM mart.poverty_commune_year WHERE year = 2025 AND province_code = '86'"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM mart.poverty_commune_year WHERE year = 2025 AND district_code IS NOT NULL"));
        Assert.Equal(report.Communes, warehouse.Count("SELECT communes_reporting FROM mart.poverty_province_series WHERE year = 2025 AND province_code = '86'"));
        Assert.Equal(GeneratedReformSamples.Households, warehouse.Count("SELECT sum(households) FROM mart.deprivation_commune_year WHERE year = 2025 AND indicator_code = 'EMP1'"));
    }
}
