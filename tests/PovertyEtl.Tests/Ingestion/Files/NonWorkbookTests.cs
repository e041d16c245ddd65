using Xunit;
using PovertyEtl.Commands;
using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion.Files;

/// <summary>A file that is not a workbook is rejected like a bad workbook, never left unnoticed; temporary names are never taken.</summary>
public sealed class NonWorkbookTests
{
    private static readonly string[] NotWorkbooks = ["so-lieu.csv", "cong-van.pdf", "bao-cao.docx", "ghi-chu"];

    [Fact]
    public void NonWorkbooksInTheInboxAreRejectedWithTheirFindingsTextAndTemporaryNamesAreLeft()
    {
        using var folder = new ScratchFolder();
        var inbox = InboxRuns.InboxPath(folder.Path);
        Directory.CreateDirectory(inbox);
        foreach (var name in NotWorkbooks.Concat(["dang-chep.xlsx.part", "~$bao-cao.xlsx"]))
        {
            File.WriteAllText(Path.Combine(inbox, name), "%PDF-1.4 or text");
            File.SetLastWriteTimeUtc(Path.Combine(inbox, name), DateTime.UtcNow.AddMinutes(-1));
        }
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));

        var report = TestPipeline.Create(warehouse, folder.Path).IngestInbox(folder.Path);

        Assert.Equal(NotWorkbooks.Order(), report.Files.Select(f => f.File).Order());
        Assert.All(report.Files, f =>
        {
            Assert.Equal(FileOutcomeStatus.Rejected, f.Status);
            Assert.Equal("FILE_NOT_WORKBOOK", Assert.Single(f.Findings).Rule);
            Assert.Contains("FILE_NOT_WORKBOOK", File.ReadAllText(f.PlacedAt + ".findings.txt"));
        });
        Assert.Equal(NotWorkbooks.Length, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'rejected'"));
        Assert.Equal(["dang-chep.xlsx.part", "~$bao-cao.xlsx"], Directory.GetFiles(inbox).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NonWorkbooksInANamedFolderAreRejectedAndCopiedNeverMoved()
    {
        using var folder = new ScratchFolder();
        var named = Path.Combine(folder.Path, "bao-cao");
        SampleFiles.Write(named, districts: 1);
        File.WriteAllText(Path.Combine(named, "so-lieu.csv"), "a,b\n");
        File.WriteAllText(Path.Combine(named, "~$lock.xlsx"), "lock");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));

        var (files, missing) = InputFiles.Expand([named]);
        var report = TestPipeline.Create(warehouse, folder.Path).Ingest([.. files]);

        Assert.Empty(missing);
        Assert.Equal(2, report.Files.Count);
        Assert.Equal(FileOutcomeStatus.Rejected, report.Files.Single(f => f.File == "so-lieu.csv").Status);
        Assert.True(File.Exists(Path.Combine(named, "so-lieu.csv")));
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "rejected"), "so-lieu.*.csv"));
    }
}
