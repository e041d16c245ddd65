using System.Globalization;
using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Ingestion.Files;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Ingestion;

/// <summary>
/// A run shared by the nodes of a cluster, through the pipeline on both engines: within one shared
/// run the later file of a reporting unit in the inbox's order stays current whichever node
/// commits last; across runs the last committed wins, as always.
/// </summary>
public sealed class SharedRunTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AnOlderFileCommittedAfterANewerOneOfItsUnitInTheSameSharedRunDoesNotOvertakeIt(string engine)
    {
        using var folder = new ScratchFolder();
        var now = DateTime.UtcNow;
        var older = DeliverAs(folder.Path, "bao-cao-cu.xlsx", seed: 1, households: 50, writtenAt: now.AddHours(-2));
        var newer = DeliverAs(folder.Path, "bao-cao-moi.xlsx", seed: 2, households: 70, writtenAt: now.AddHours(-1));
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var listed = InboxRuns.InboxOf(folder.Path).CompleteFiles();

        // Two nodes of one run: the newer file's node commits first.
        var first = Assert.Single(TestPipeline.Create(warehouse, folder.Path).IngestShared("leader-run", Named(listed, newer)).Files);
        var second = Assert.Single(TestPipeline.Create(warehouse, folder.Path).IngestShared("leader-run", Named(listed, older)).Files);

        Assert.Equal(FileOutcomeStatus.Loaded, first.Status);
        Assert.Equal(FileOutcomeStatus.Loaded, second.Status);
        Assert.Null(second.SupersededLoadId);
        Assert.Equal("loaded", warehouse.Scalar($"SELECT status FROM etl.file_load WHERE load_id = {first.LoadId}"));
        Assert.Equal("superseded", warehouse.Scalar($"SELECT status FROM etl.file_load WHERE load_id = {second.LoadId}"));
        Assert.Equal(first.LoadId, warehouse.Count($"SELECT superseded_by FROM etl.file_load WHERE load_id = {second.LoadId}"));
        Assert.Equal(first.LoadId, Convert.ToInt64(warehouse.Scalar("SELECT DISTINCT load_id FROM mart.poverty_commune_year"), CultureInfo.InvariantCulture));
        Assert.Equal(70, warehouse.Count("SELECT sum(households) FROM mart.deprivation_commune_year WHERE indicator_code = 'INF2'"));
        Assert.True(warehouse.Count($"SELECT count(*) FROM dw.fact_household_year WHERE load_id = {second.LoadId}") > 0, "the overtaken load keeps its rows");
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AFileOfALaterSharedRunSupersedesTheCurrentLoadWhateverItsTimeInTheInbox(string engine)
    {
        using var folder = new ScratchFolder();
        var now = DateTime.UtcNow;
        var newer = DeliverAs(folder.Path, "bao-cao-moi.xlsx", seed: 2, households: 70, writtenAt: now.AddHours(-1));
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var loaded = Assert.Single(TestPipeline.Create(warehouse, folder.Path).IngestShared("last-night", Named(InboxRuns.InboxOf(folder.Path).CompleteFiles(), newer)).Files);

        // Sent again the next night as a copy that kept an older time.
        var resent = DeliverAs(folder.Path, "bao-cao-gui-lai.xlsx", seed: 1, households: 50, writtenAt: now.AddHours(-3));
        var tonight = Assert.Single(TestPipeline.Create(warehouse, folder.Path).IngestShared("tonight", Named(InboxRuns.InboxOf(folder.Path).CompleteFiles(), resent)).Files);

        Assert.Equal(FileOutcomeStatus.Loaded, tonight.Status);
        Assert.Equal(loaded.LoadId, tonight.SupersededLoadId);
        Assert.Equal("loaded", warehouse.Scalar($"SELECT status FROM etl.file_load WHERE load_id = {tonight.LoadId}"));
        Assert.Equal("superseded", warehouse.Scalar($"SELECT status FROM etl.file_load WHERE load_id = {loaded.LoadId}"));
        Assert.Equal(50, warehouse.Count("SELECT sum(households) FROM mart.deprivation_commune_year WHERE indicator_code = 'INF2'"));
    }

    [Fact]
    public async Task AFileAnotherNodeClaimedIsNoOutcomeOfThisNodesPartUntilItsDeadClaimIsTakenOver()
    {
        using var folder = new ScratchFolder();
        var taken = InboxRuns.Deliver(folder.Path, seed: 1, district: 0);
        InboxRuns.Deliver(folder.Path, seed: 1, district: 1);
        var path = TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path);
        using var warehouse = TestWarehouse.OpenReady(path);
        var inbox = InboxRuns.InboxOf(folder.Path);
        var listed = inbox.CompleteFiles();
        // Another node claims the first file, then dies: its claim folder is held by no one.
        var deadClaims = Path.Combine(InboxRuns.InboxPath(folder.Path), ".povertyetl", "claims", "dead-node-run");
        Directory.CreateDirectory(deadClaims);
        File.Move(taken, Path.Combine(deadClaims, Path.GetFileName(taken)));

        var part = await TestPipeline.Create(warehouse, folder.Path)
            .RunSharedAsync("part-run", new SharedRun("leader-run", () => inbox.CompleteFiles()), listed, CancellationToken.None);

        Assert.Equal([Path.GetFileName(listed[1].Path), Path.GetFileName(taken)], part.Files.Select(f => f.File));
        Assert.All(part.Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));
        Assert.Equal(2, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded' AND run_id = 'part-run'"));
        Assert.Equal("leader-run", warehouse.Scalar("SELECT part_of FROM etl.run WHERE run_id = 'part-run'"));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(InboxRuns.InboxPath(folder.Path), ".povertyetl", "claims")));
        warehouse.Dispose();
        Assert.Contains("part of run leader-run", CliRunner.Run(folder.Path, null, "status", "--warehouse", path).Output);
    }

    /// <summary>The first sample district's report (of <paramref name="seed"/>) in the inbox as <paramref name="name"/>, last written at <paramref name="writtenAt"/>.</summary>
    private static string DeliverAs(string root, string name, int seed, int households, DateTime writtenAt)
    {
        var delivered = InboxRuns.Deliver(root, seed: seed, households: households);
        var renamed = Path.Combine(Path.GetDirectoryName(delivered)!, name);
        File.Move(delivered, renamed);
        File.SetLastWriteTimeUtc(renamed, writtenAt);
        return renamed;
    }

    private static IncomingFile Named(IReadOnlyList<IncomingFile> listed, string path) => Assert.Single(listed, f => f.Path == path);
}
