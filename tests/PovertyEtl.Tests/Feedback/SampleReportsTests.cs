using PovertyEtl.Tests.Support;
using System.Globalization;
using System.IO.Compression;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PovertyEtl.Feedback.Samples;
using PovertyEtl.Reading;
using PovertyEtl.Reading.Sheets;
using PovertyEtl.Reading.Text;
using PovertyEtl.Validation;
using Xunit;

namespace PovertyEtl.Tests.Feedback;

public sealed class SampleReportsTests(GeneratedSamples samples) : IClassFixture<GeneratedSamples>
{
    [Theory]
    [MemberData(nameof(GeneratedSamples.SeedNumbers), MemberType = typeof(GeneratedSamples))]
    public void EveryFileValidatesWithoutErrorsOrWarningsAndListsTheHouseholdsAskedFor(int seed)
    {
        foreach (var report in samples.Of(seed))
        {
            var (_, households) = samples.ValidateClean(report);
            Assert.Equal(GeneratedSamples.Households, households);
            Assert.Equal(GeneratedSamples.Households, report.Households);
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedSamples.SeedNumbers), MemberType = typeof(GeneratedSamples))]
    public void ClosedXmlOpensEveryFileAndReadsTheSameCommunesAndStocksAsOurReader(int seed)
    {
        foreach (var report in samples.Of(seed))
        {
            var communes = ReadCommunes(report.Path);
            using var workbook = new XLWorkbook(report.Path);
            var sheet = workbook.Worksheet(communes.Layout.SheetName);
            int Column(string key) => communes.Layout[key]!.Column;
            foreach (var commune in communes.Communes)
            {
                Assert.Equal(commune.CommuneCode, Text(sheet.Cell(commune.Row, Column("commune_code"))).PadLeft(5, '0'));
                Assert.Equal(commune.TotalHouseholds, Count(sheet.Cell(commune.Row, Column("total_households"))));
                Assert.Equal(commune.PoorEnd, Count(sheet.Cell(commune.Row, Column("poor_end"))));
                Assert.Equal(commune.NearPoorEnd, Count(sheet.Cell(commune.Row, Column("near_poor_end"))));
            }
            var official = samples.Reference.Units.CommunesOf(report.DistrictCode!).Select(c => c.Code).Order();
            Assert.Equal(official, communes.Communes.Select(c => c.CommuneCode!).Order());
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedSamples.SeedNumbers), MemberType = typeof(GeneratedSamples))]
    public void NearPoorWithoutLabourIsWrittenForEveryCommuneAndTheTotalsExactlyWhenTheLayoutHasTheNoLabourColumns(int seed)
    {
        foreach (var report in samples.Of(seed))
        {
            var communes = ReadCommunes(report.Path);
            var written = report.Layout.NoLabourColumn;

            Assert.Equal(written, communes.Layout["poor_no_labour_end"] is not null);
            Assert.Equal(written, communes.Layout["near_poor_no_labour_end"] is not null);
            Assert.All(communes.Communes, c => Assert.Equal(written, c.NearPoorNoLabourEnd is { } n && n <= c.NearPoorEnd));
            if (communes.Totals is { } totals)
                Assert.Equal(written ? communes.Communes.Sum(c => c.NearPoorNoLabourEnd) : null, totals.NearPoorNoLabourEnd);
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedSamples.SeedNumbers), MemberType = typeof(GeneratedSamples))]
    public void TheLayoutRecordDescribesWhatIsInTheFile(int seed)
    {
        foreach (var report in samples.Of(seed))
        {
            var layout = report.Layout;
            using (var zip = ZipFile.OpenRead(report.Path))
                Assert.Equal(layout.SharedStrings, zip.GetEntry("xl/sharedStrings.xml") is not null);
            var communes = ReadCommunes(report.Path);
            Assert.Equal(layout.VietnameseSheetNames ? "Tổng hợp" : "TongHop", communes.Layout.SheetName);
            using var workbook = new XLWorkbook(report.Path);
            var sheet = workbook.Worksheet(communes.Layout.SheetName);
            var header = communes.Layout.HeaderRow;
            Assert.Equal(layout.TwoRowHeader, sheet.MergedRanges.Any(r => r.RangeAddress.FirstAddress.RowNumber == header - 1
                && r.RangeAddress.LastAddress.RowNumber == header));
            var underHeader = sheet.Row(header + 1);
            var cells = Enumerable.Range(1, underHeader.LastCellUsed().Address.ColumnNumber).Select(c => Text(underHeader.Cell(c))).ToList();
            Assert.Equal(layout.ColumnNumbers, Enum.GetValues<ColumnNumbering>().FirstOrDefault(n => n != ColumnNumbering.None && NumbersColumns(cells, n)));
            Assert.Equal(layout.GuideSheet == GuideSheet.Hidden,
                workbook.Worksheets.Any(w => w.Visibility == XLWorksheetVisibility.Hidden));
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedSamples.SeedNumbers), MemberType = typeof(GeneratedSamples))]
    public void EveryFileIsValidOfficeOpenXml(int seed)
    {
        foreach (var report in samples.Of(seed))
        {
            using var document = SpreadsheetDocument.Open(report.Path, isEditable: false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void TheSameSeedWritesTheSameBytes() => samples.AssertTheSameBytesTwice(5);

    [Fact]
    public void AcrossSeedsTheFilesUseTheLayoutsTheFormatAllows()
    {
        var layouts = samples.All.Select(r => r.Layout).ToList();
        Assert.Contains(layouts, l => l.TwoRowHeader);
        Assert.Contains(layouts, l => !l.TwoRowHeader);
        Assert.Contains(layouts, l => l.ColumnNumbers != ColumnNumbering.None);
        Assert.Contains(layouts, l => l.SharedStrings);
        Assert.Contains(layouts, l => !l.SharedStrings);
        Assert.Contains(layouts, l => l.ColumnOrder == ColumnOrder.Shuffled);
        Assert.Contains(layouts, l => l.VietnameseSheetNames);
        Assert.Contains(layouts, l => l.GuideSheet == GuideSheet.Hidden);
        Assert.Contains(layouts, l => l.TitleBlock && l.SignatureBlock);
        Assert.Contains(layouts, l => l.Counts is CountWriting.DottedText or CountWriting.SpacedText);
        Assert.Contains(layouts, l => l.PoorEndFormula || l.Totals == TotalsRow.SumFormulas);
        Assert.Contains(layouts, l => l.Income is IncomeWriting.MillionNumber or IncomeWriting.MillionText);
        Assert.Contains(layouts, l => l.NoLabourColumn && l.Totals == TotalsRow.SumFormulas);
        Assert.Contains(layouts, l => l.NoLabourColumn && l.TwoRowHeader && l.ColumnOrder == ColumnOrder.Shuffled);
        Assert.Contains(layouts, l => !l.NoLabourColumn);
        Assert.Contains(samples.All.Where(r => r.Layout.NoLabourColumn), r => ReadCommunes(r.Path).Communes.Any(c => c.NearPoorNoLabourEnd > 0));
        Assert.True(layouts.Select(l => l.HeaderSpelling).Distinct().Count() >= 4, "header spellings vary");
    }

    [Fact]
    public void FilesAreNamedByProvinceDistrictAndYear()
    {
        foreach (var report in samples.All)
            Assert.Equal($"84_{report.DistrictCode}_2024.xlsx", Path.GetFileName(report.Path));
        Assert.Equal(["842", "844"], samples.Of(1).Select(r => r.DistrictCode));
    }

    [Fact]
    public void TheDistrictsOfTheProvinceComeInCodeOrderThenThoseOfTheNextProvince()
    {
        using var folder = new ScratchFolder();
        var units = samples.Reference.Units;
        var provinceDistricts = units.DistrictsOf("84").Select(d => d.Code).ToList();
        var next = units.Provinces.First(p => string.CompareOrdinal(p.Code, "84") > 0);
        var reports = SampleReports.Generate(new SampleOptions(folder.Path, provinceDistricts.Count + 1, 10, 3), samples.Reference);
        Assert.Equal([.. provinceDistricts, units.DistrictsOf(next.Code).First().Code], reports.Select(r => r.DistrictCode));
        Assert.Equal(next.Code, reports[^1].ProvinceCode);
    }

    [Fact]
    public void AnUnknownProvinceOrAYearWithoutAPovertyStandardIsRefused()
    {
        using var folder = new ScratchFolder();
        Assert.Throws<ArgumentException>(() => SampleReports.Write(new SampleOptions(folder.Path, ProvinceCode: "00"), samples.Reference));
        Assert.Throws<ArgumentException>(() => SampleReports.Write(new SampleOptions(folder.Path, Year: 2015), samples.Reference));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    private CommuneTable ReadCommunes(string path)
    {
        var findings = new FindingList();
        using var workbook = ReportWorkbook.Open(path, samples.Reference, new ReadProblemFindings(findings));
        return workbook!.ReadCommunes()!;
    }

    /// <summary>What the cell shows as a value: a formula by its cached result, a number without formatting.</summary>
    private static string Text(IXLCell cell)
    {
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        return value switch
        {
            double number => number.ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim(),
        };
    }

    /// <summary>Whether the cells number the columns the given way (a derived column may spell out its sum: <c>(8)=(4)-(5)+(6)+(7)</c>).</summary>
    private static bool NumbersColumns(IReadOnlyList<string> cells, ColumnNumbering numbering) =>
        cells.Select((text, i) => (Text: text, Column: i + 1)).All(c => numbering switch
        {
            ColumnNumbering.Digits => c.Text == c.Column.ToString(CultureInfo.InvariantCulture),
            ColumnNumbering.Letters => c.Text == CellAddress.ColumnLetters(c.Column),
            _ => c.Text == $"({c.Column})" || c.Text.StartsWith($"({c.Column})=", StringComparison.Ordinal),
        });

    /// <summary>A count cell as ClosedXML gives it: a number, or Vietnamese-grouped text.</summary>
    private static long Count(IXLCell cell) =>
        double.TryParse(Text(cell), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (long)number
            : (long)NumberText.Parse(Text(cell), commaFollowedByThreeDigitsIsAmbiguous: true).Value;
}
