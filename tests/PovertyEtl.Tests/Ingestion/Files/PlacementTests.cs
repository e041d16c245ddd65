using Xunit;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion.Files;

/// <summary>
/// Placing is recorded once and idempotent: the same bytes are never archived twice, a file that
/// cannot be moved after its commit stays loaded and is only moved by a later run, and one that
/// cannot be moved run after run is reported instead of looping.
/// </summary>
public sealed class PlacementTests
{
    [Fact]
    public void TheSameBytesAgainInTheInboxLeaveItWithoutASecondArchiveCopy()
    {
        using var folder = new ScratchFolder();
        var sent = InboxRuns.Deliver(folder.Path);
        var bytes = File.ReadAllBytes(sent);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        pipeline.IngestInbox(folder.Path);

        File.WriteAllBytes(sent, bytes);
        File.SetLastWriteTimeUtc(sent, DateTime.UtcNow.AddMinutes(-1));
        var again = pipeline.IngestInbox(folder.Path);

        Assert.Equal(FileOutcomeStatus.Duplicate, Assert.Single(again.Files).Status);
        var archived = Assert.Single(InboxRuns.FilesUnder(Path.Combine(folder.Path, "archive")));
        Assert.Equal(bytes, File.ReadAllBytes(archived));
        Assert.False(File.Exists(sent));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AFileThatCannotBeMovedAfterItsCommitStaysLoadedAndALaterRunOnlyMovesIt(string engine)
    {
        using var folder = new ScratchFolder();
        var sent = InboxRuns.Deliver(folder.Path);
        var bytes = File.ReadAllBytes(sent);
        // A fault of the archive's disk, as an operator makes one: a file where the year's folder must go.
        var blocked = Path.Combine(folder.Path, "archive", "2024");
        Directory.CreateDirectory(Path.GetDirectoryName(blocked)!);
        File.WriteAllText(blocked, "not a folder");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);

        var runs = Enumerable.Range(0, FilePlacement.RunsBeforeReporting).Select(_ => Assert.Single(pipeline.IngestInbox(folder.Path).Files)).ToList();

        Assert.Equal(FileOutcomeStatus.Loaded, runs[0].Status);
        Assert.Equal(FileNote.PlacementPending, runs[0].Note);
        Assert.All(runs.Skip(1), r => Assert.Equal(FileOutcomeStatus.Placed, r.Status));
        Assert.Equal(FileNote.PlacementStuck, runs[^1].Note);
        Assert.Equal(bytes, File.ReadAllBytes(sent));
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load"));

        File.Delete(blocked);
        var healed = Assert.Single(pipeline.IngestInbox(folder.Path).Files);

        Assert.Equal(FileOutcomeStatus.Placed, healed.Status);
        Assert.Equal(FileNote.PlacedFromEarlierRun, healed.Note);
        Assert.Equal(bytes, File.ReadAllBytes(healed.PlacedAt!));
        Assert.False(File.Exists(sent));
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load"));
        Assert.Empty(pipeline.IngestInbox(folder.Path).Files);
    }

    [Fact]
    public void ANameTooLongForTheTargetIsShortenedWithItsHashKept()
    {
        using var folder = new ScratchFolder();
        var made = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 1)[0];
        Directory.CreateDirectory(InboxRuns.InboxPath(folder.Path));
        var longName = Path.Combine(InboxRuns.InboxPath(folder.Path), new string('b', 245) + ".xlsx");
        File.Copy(made, longName);
        File.SetLastWriteTimeUtc(longName, DateTime.UtcNow.AddMinutes(-1));
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));

        var outcome = Assert.Single(TestPipeline.Create(warehouse, folder.Path).IngestInbox(folder.Path).Files);

        Assert.Equal(FileOutcomeStatus.Loaded, outcome.Status);
        var placed = Path.GetFileName(outcome.PlacedAt!);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(placed), 100, PlacedName.MaxBytes);
        Assert.EndsWith($".{FileHash.Sha256(outcome.PlacedAt!)[..12]}.xlsx", placed);
        Assert.False(File.Exists(longName));
    }

    [Fact]
    public void LinksPlantedInTheRejectedFolderAreNeverWrittenThrough()
    {
        using var folder = new ScratchFolder();
        var sent = Path.Combine(InboxRuns.InboxPath(folder.Path), "notes.csv");
        Directory.CreateDirectory(InboxRuns.InboxPath(folder.Path));
        File.WriteAllText(sent, "a;b\n1;2\n");
        File.SetLastWriteTimeUtc(sent, DateTime.UtcNow.AddMinutes(-1));
        var hashed = PlacedName.Of(sent, FileHash.Sha256(sent));
        var rejected = Path.Combine(folder.Path, "rejected");
        Directory.CreateDirectory(rejected);
        var victim = folder.File("victim.txt", "keep me"u8.ToArray());
        foreach (var name in new[] { hashed, hashed + ".part", hashed + ".findings.txt", hashed + ".findings.txt.part" })
            File.CreateSymbolicLink(Path.Combine(rejected, name), victim);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));

        var outcome = Assert.Single(TestPipeline.Create(warehouse, folder.Path).IngestInbox(folder.Path).Files);

        Assert.Equal(FileOutcomeStatus.Rejected, outcome.Status);
        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Null(new FileInfo(outcome.PlacedAt!).LinkTarget);
        Assert.Equal("a;b\n1;2\n", File.ReadAllText(outcome.PlacedAt!));
        Assert.Contains("FILE_NOT_WORKBOOK", File.ReadAllText(outcome.PlacedAt + ".findings.txt"));
    }
}
