using System.Diagnostics;
using Xunit;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion.Files;

/// <summary>
/// A file is claimed before it is read: what is hashed, read and placed is one file, whatever
/// happens to its name meanwhile; only regular files are taken; two processes never both take one.
/// </summary>
public sealed class ClaimTests
{
    [Fact]
    public void AFileReplacedAfterItsClaimIsPlacedWithItsOwnBytesAndTheReplacementWaitsForItsOwnRun()
    {
        using var folder = new ScratchFolder();
        var inboxFile = InboxRuns.Deliver(folder.Path, seed: 1);
        var first = File.ReadAllBytes(inboxFile);
        var replacement = SampleFiles.Write(Path.Combine(folder.Path, "other"), districts: 2, seed: 2)[1];
        var placement = new FilePlacement(TestPipeline.Folders(folder.Path), new PovertyEtl.Feedback.RejectedFileFeedback(ReferenceFixture.Load()));

        using (var claims = placement.ClaimsFor("run1", dryRun: false))
        using (var claim = claims.Take(new IncomingFile(inboxFile, FromInbox: true)).Claim!)
        {
            // Atomically replaced under the same name while the first is being ingested.
            File.Copy(replacement, inboxFile + ".part");
            File.Move(inboxFile + ".part", inboxFile);

            Assert.NotEqual(FileHash.Sha256(replacement), claim.Sha256);
            Assert.Equal(first, File.ReadAllBytes(claim.Path));
            var placed = placement.Archive(claim, "849", 2024);
            Assert.Equal(first, File.ReadAllBytes(placed.PlacedAt!));
            Assert.Contains(claim.Sha256[..12], Path.GetFileName(placed.PlacedAt!));
        }

        Assert.Equal(File.ReadAllBytes(replacement), File.ReadAllBytes(inboxFile));
    }

    [Fact]
    public async Task AFileAnotherProcessHoldsIsReportedAsTakenNotFailedAndNothingIsRecorded()
    {
        using var folder = new ScratchFolder();
        var inboxFile = InboxRuns.Deliver(folder.Path);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.Postgres, folder.Path));
        var listing = InboxRuns.InboxOf(folder.Path).CompleteFiles();
        var other = new FilePlacement(TestPipeline.Folders(folder.Path), new PovertyEtl.Feedback.RejectedFileFeedback(ReferenceFixture.Load()));

        RunReport report;
        using (var otherProcess = other.ClaimsFor("other", dryRun: false))
        using (otherProcess.Take(listing[0]).Claim)
            report = await TestPipeline.Create(warehouse, folder.Path).RunAsync("late", "manual", listing, dryRun: false);

        var outcome = Assert.Single(report.Files);
        Assert.Equal(FileOutcomeStatus.Skipped, outcome.Status);
        Assert.Equal(FileNote.TakenByAnotherWorker, outcome.Note);
        Assert.Equal(0, report.Failed);
        Assert.Equal(RunStatus.Succeeded, report.Status);
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.file_load"));
        Assert.True(File.Exists(inboxFile), "the other process let it go: it is back in the inbox");
    }

    [Fact]
    public void FilesADeadProcessHadClaimedGoBackToTheInboxAndLoadOnce()
    {
        using var folder = new ScratchFolder();
        var inboxFile = InboxRuns.Deliver(folder.Path);
        var dead = Path.Combine(InboxRuns.InboxPath(folder.Path), ".povertyetl", "claims", "deadrun");
        Directory.CreateDirectory(dead);
        File.Move(inboxFile, Path.Combine(dead, Path.GetFileName(inboxFile)));
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));

        var report = TestPipeline.Create(warehouse, folder.Path).IngestInbox(folder.Path);

        Assert.Equal(FileOutcomeStatus.Loaded, Assert.Single(report.Files).Status);
        Assert.False(Directory.Exists(dead));
        Assert.Equal(1, InboxDelivery.Archived(Path.Combine(folder.Path, "archive")));
    }

    [Fact]
    public void ASymbolicLinkInTheInboxIsReportedAndLeftWhereItIs()
    {
        using var folder = new ScratchFolder();
        var outside = SampleFiles.Write(Path.Combine(folder.Path, "outside"), districts: 1)[0];
        Directory.CreateDirectory(InboxRuns.InboxPath(folder.Path));
        var link = Path.Combine(InboxRuns.InboxPath(folder.Path), "link.xlsx");
        File.CreateSymbolicLink(link, outside);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));

        var report = TestPipeline.Create(warehouse, folder.Path).IngestInbox(folder.Path);

        Assert.Equal(FileNote.NotARegularFile, Assert.Single(report.Files).Note);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.True(File.Exists(outside));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.file_load"));
        Assert.Empty(InboxRuns.FilesUnder(Path.Combine(folder.Path, "archive")));
    }

    [Fact]
    public async Task AFifoNamedLikeAWorkbookDoesNotHangTheRun()
    {
        using var folder = new ScratchFolder();
        Directory.CreateDirectory(InboxRuns.InboxPath(folder.Path));
        var fifo = Path.Combine(InboxRuns.InboxPath(folder.Path), "pipe.xlsx");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        var report = InboxRuns.Deliver(folder.Path);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));

        var run = Task.Run(() => TestPipeline.Create(warehouse, folder.Path).IngestInbox(folder.Path));

        var done = await run.WaitAsync(TimeSpan.FromSeconds(90));
        var outcomes = done.Files.ToDictionary(f => f.File);
        Assert.Equal(FileOutcomeStatus.Rejected, outcomes["pipe.xlsx"].Status);
        Assert.Equal("FILE_EMPTY", Assert.Single(outcomes["pipe.xlsx"].Findings).Rule);
        Assert.Equal(FileOutcomeStatus.Loaded, outcomes[Path.GetFileName(report)].Status);
    }
}
