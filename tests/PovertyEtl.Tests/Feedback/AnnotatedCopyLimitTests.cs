using System.Diagnostics;
using PovertyEtl.Feedback.Annotation;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Feedback;

/// <summary>
/// The annotated copy holds the reader's limits: a file beyond one gets its findings text and
/// no copy, and a part the reader never streams (nested past the depth limit after the sheet's
/// data, the comments or drawings it holds whole) stops the copy in bounded time and memory instead of
/// running quadratic or out of memory.
/// </summary>
public sealed class AnnotatedCopyLimitTests
{
    [Fact]
    public void AFileBeyondALimitGetsNoCopy()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create();
        var path = PoisonedWorkbook.Save(report, folder.Path, PoisonedWorkbook.PartOf(TongHop), "sheetData",
            w => w.Write("<row r=\"7\"><c r=\"AATYHWUM7\"><v>1</v></c></row>"));
        var (check, _, _) = PoisonedWorkbook.CheckMeasured(path, report);

        Assert.False(AnnotatedCopy.IsWanted(check));
        Assert.False(AnnotatedCopy.TryWrite(path, check, Path.Combine(folder.Path, "copy.xlsx")));
        Assert.False(File.Exists(Path.Combine(folder.Path, "copy.xlsx")));
    }

    [Fact]
    public void NestingAMillionDeepAfterTheSheetDataStopsTheCopyQuickly()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create().Set(TongHop, "G3", -1);
        var path = PoisonedWorkbook.Save(report, folder.Path, PoisonedWorkbook.PartOf(TongHop), "worksheet",
            w => { PoisonedWorkbook.Repeated("<x>", 1_000_000)(w); PoisonedWorkbook.Repeated("</x>", 1_000_000)(w); });
        var (check, _, _) = PoisonedWorkbook.CheckMeasured(path, report);
        Assert.True(AnnotatedCopy.IsWanted(check), "the reader stops at the end of the sheet's data and sees a tidy file with one error");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var written = AnnotatedCopy.TryWrite(path, check, Path.Combine(folder.Path, "copy.xlsx"));

        Assert.False(written);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 300L << 20);
        Assert.False(File.Exists(Path.Combine(folder.Path, "copy.xlsx")));
    }

    [Fact]
    public void AStyleSheetTooBigToHoldIsALimitAndGetsNoCopy()
    {
        using var folder = new ScratchFolder();
        var report = TidyReport.Create().Set(TongHop, "G3", -1);
        // 36 MB of extensions compress to a few hundred KB; the formats are held for the whole read, so 32 MiB at most.
        var path = PoisonedWorkbook.Save(report, folder.Path, "xl/styles.xml", "styleSheet",
            PoisonedWorkbook.Repeated("<extLst><ext uri=\"{x}\"/></extLst>", 1_100_000));
        var (check, allocated, _) = PoisonedWorkbook.CheckMeasured(path, report);

        Assert.True(allocated < 300L << 20);
        var limit = Assert.Single(check.Findings, f => f.Rule == "LIMIT_PART_SIZE");
        Assert.Contains("33.554.432", limit.Message);
        Assert.False(AnnotatedCopy.IsWanted(check));
        Assert.False(AnnotatedCopy.TryWrite(path, check, Path.Combine(folder.Path, "copy.xlsx")));
    }
}
