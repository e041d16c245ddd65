using System.IO.Compression;
using PovertyEtl.Tests.Support;
using PovertyEtl.Validation;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Workbook;

/// <summary>
/// Files made to break the reader: each becomes findings that name the limit it went beyond,
/// the read stays flat in memory (this thread allocates well under 300 MB) and ends in bounded
/// time, whatever the bytes. The malicious parts are made here, in memory, at their compressed size.
/// </summary>
public sealed class PoisonFileTests
{
    private const long MemoryBound = 300L << 20;
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(60);

    private static string Poison(ScratchFolder folder, TidyReport report, string part, string before, Action<TextWriter> poison,
        CompressionLevel level = CompressionLevel.Optimal) => PoisonedWorkbook.Save(report, folder.Path, part, before, poison, level);

    private static Finding ExpectBounded(TidyReport report, string path, string rule, string sheet, string cell = "")
    {
        var (check, allocated, elapsed) = PoisonedWorkbook.CheckMeasured(path, report);
        Assert.True(allocated < MemoryBound, $"{allocated:N0} bytes allocated");
        Assert.True(elapsed < TimeBound, $"{elapsed} to read");
        Assert.Equal(ReportOutcome.Rejected, check.Outcome);
        var finding = Assert.Single(check.Findings, f => f.Rule == rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(sheet, finding.Sheet);
        Assert.Equal(cell, finding.Cell);
        return finding;
    }

    [Fact]
    public void CellsWithoutReferenceThatReachPastXfdStopAtExcelsLastColumn()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.PartOf(TongHop), "sheetData",
            w => { w.Write("<row r=\"7\">"); PoisonedWorkbook.Repeated("<c><v>1</v></c>", 16_385)(w); w.Write("</row>"); }, CompressionLevel.NoCompression);

        var finding = ExpectBounded(report, path, "LIMIT_COLUMNS", TongHop);
        Assert.Contains("16.384", finding.Message);
    }

    [Fact]
    public void CellLettersThatOverflowAnIntAreBeyondTheLastColumn()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.PartOf(TongHop), "sheetData", w => w.Write("<row r=\"7\"><c r=\"AATYHWUM7\"><v>1</v></c></row>"));

        ExpectBounded(report, path, "LIMIT_COLUMNS", TongHop);
    }

    [Fact]
    public void FortyMillionRowsNumberedOneAreStoppedAtExcelsLastRow()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.PartOf(TongHop), "sheetData", PoisonedWorkbook.Repeated("<row r=\"1\"/>", 40_000_000));

        ExpectBounded(report, path, "LIMIT_ROWS", TongHop);
    }

    [Fact]
    public void MoreRowsThanExcelHoldsAreStoppedAtItsLimitEvenUncompressed()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.PartOf(TongHop), "sheetData", PoisonedWorkbook.Repeated("<row r=\"1\"/>", 1_048_577),
            CompressionLevel.NoCompression);

        var finding = ExpectBounded(report, path, "LIMIT_ROWS", TongHop);
        Assert.Contains("1.048.576", finding.Message);
    }

    [Fact]
    public void ARowOfSixtyMillionCellsIsStoppedAtExcelsLastColumn()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.PartOf(TongHop), "sheetData",
            w => { w.Write("<row r=\"7\">"); PoisonedWorkbook.Repeated("<c/>", 60_000_000)(w); w.Write("</row>"); });

        ExpectBounded(report, path, "LIMIT_COLUMNS", TongHop);
    }

    [Fact]
    public void AHugeSharedStringIsStoppedWhenTheFileOpens()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.SharedStrings, "sst",
            w => { w.Write("<si><t>"); PoisonedWorkbook.Repeated("a", 300_000_000)(w); w.Write("</t></si>"); });

        // No cell holds a megabyte: the reader stops at the first one, long before the string would be held.
        var finding = ExpectBounded(report, path, "LIMIT_XML_TOKEN", "");
        Assert.Contains("sharedStrings.xml", finding.Message);
    }

    [Fact]
    public void AHugeInlineStringIsStoppedInItsSheet()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.PartOf(TongHop), "sheetData",
            w => { w.Write("<row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><t>"); PoisonedWorkbook.Repeated("a", 300_000_000)(w); w.Write("</t></is></c></row>"); });

        ExpectBounded(report, path, "LIMIT_XML_TOKEN", TongHop);
    }

    [Fact]
    public void FortyMillionSharedStringsAreStoppedAtTheLimitOfTheTable()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.SharedStrings, "sst", PoisonedWorkbook.Repeated("<si><t>a</t></si>", 40_000_000));

        ExpectBounded(report, path, "LIMIT_SHARED_STRINGS", "");
    }

    [Fact]
    public void AZipBombOfRowsEachWithinExcelsLimitsIsStoppedByTheCompressionRatio()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var row = "<row>" + string.Concat(Enumerable.Repeat("<c/>", 16_000)) + "</row>";
        var path = Poison(folder, report, PoisonedWorkbook.PartOf(TongHop), "sheetData", PoisonedWorkbook.Repeated(row, 500));

        var finding = ExpectBounded(report, path, "LIMIT_COMPRESSION_RATIO", TongHop);
        Assert.Contains("200", finding.Message);
    }

    [Fact]
    public void MoreSharedStringsThanTheLimitAreStoppedEvenUncompressed()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.SharedStrings, "sst", PoisonedWorkbook.Repeated("<si><t>a</t></si>", 2_000_001),
            CompressionLevel.NoCompression);

        ExpectBounded(report, path, "LIMIT_SHARED_STRINGS", "");
    }

    [Fact]
    public void DeeplyNestedXmlIsStoppedAtTheDepthLimit()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.PartOf(TongHop), "sheetData",
            w => { w.Write("<row r=\"7\">"); PoisonedWorkbook.Repeated("<x>", 1_000_000)(w); PoisonedWorkbook.Repeated("</x>", 1_000_000)(w); w.Write("</row>"); },
            CompressionLevel.NoCompression);

        ExpectBounded(report, path, "LIMIT_XML_DEPTH", TongHop);
    }

    [Fact]
    public void DeeplyNestedPhoneticHintsInASharedStringAreStoppedAtTheDepthLimit()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = Poison(folder, report, PoisonedWorkbook.SharedStrings, "sst",
            w => { w.Write("<si><rPh>"); PoisonedWorkbook.Repeated("<x>", 1_000_000)(w); PoisonedWorkbook.Repeated("</x>", 1_000_000)(w); w.Write("</rPh></si>"); },
            CompressionLevel.NoCompression);

        ExpectBounded(report, path, "LIMIT_XML_DEPTH", "");
    }

    [Fact]
    public void ATextOfMegabytesWithoutMarkupIsStoppedAsOneXmlToken()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create().SetRawCell(TongHop, "B3", "str", null, RandomLetters(2_000_000));
        using var scratch = new ScratchFolder();
        var path = report.SaveTo(folder.Path);

        ExpectBounded(report, path, "LIMIT_XML_TOKEN", TongHop);
    }

    [Fact]
    public void ACellLongerThanExcelAllowsIsAFindingAtThatCellQuotingAnExcerpt()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create().SetRawCell(TongHop, "B3", "str", null, RandomLetters(40_000));
        var path = report.SaveTo(folder.Path);

        var finding = ExpectBounded(report, path, "LIMIT_CELL_TEXT", TongHop, "TongHop!B3");
        Assert.Contains("32.767", finding.Message);
        Assert.True(finding.Value.Length <= 61, finding.Value);
    }

    private static string RandomLetters(int count)
    {
        var random = new Random(849);
        return string.Create(count, random, (span, r) => { for (var i = 0; i < span.Length; i++) span[i] = (char)('a' + r.Next(26)); });
    }
}
