using Npgsql;
using Xunit;
using PovertyEtl.Feedback;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion.Files;

/// <summary>
/// One bad file never stops the others: a fault on one file is that file's <c>failed</c> and the
/// run goes on; once the fault clears the file loads; a file failing the same way run after run for
/// a fault that is not the warehouse's or the disk's is set aside, visibly.
/// </summary>
public sealed class FileGuardTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AFaultFailsTheFileOnceAndAfterTheFaultClearsItLoads(string engine)
    {
        using var folder = new ScratchFolder();
        var sent = InboxRuns.Deliver(folder.Path);
        // The inbox's own state folder cannot be made: a file stands where it must go.
        var blocker = Path.Combine(InboxRuns.InboxPath(folder.Path), ".povertyetl");
        File.WriteAllText(blocker, "in the way");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);

        var failed = pipeline.IngestInbox(folder.Path);

        Assert.Equal(FileOutcomeStatus.Failed, Assert.Single(failed.Files).Status);
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.True(File.Exists(sent));
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'failed'"));

        File.Delete(blocker);
        var loaded = pipeline.IngestInbox(folder.Path);

        Assert.Equal(FileOutcomeStatus.Loaded, Assert.Single(loaded.Files).Status);
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(2, warehouse.Count("SELECT count(*) FROM etl.file_load"));
        Assert.False(File.Exists(sent));
    }

    [Fact]
    public void AWarehouseFaultRunAfterRunLeavesTheFileInTheInboxAndItLoadsOnceTheFaultClears()
    {
        using var folder = new ScratchFolder();
        var sent = InboxRuns.Deliver(folder.Path);
        var connectionString = TestWarehouse.ConnectionString(TestWarehouse.Postgres, folder.Path);
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        Execute(connectionString, "ALTER TABLE dw.fact_household_year RENAME TO fact_household_year_away");

        var runs = Enumerable.Range(0, FilePlacement.RunsBeforeReporting + 1).Select(_ => Assert.Single(pipeline.IngestInbox(folder.Path).Files)).ToList();
        Execute(connectionString, "ALTER TABLE dw.fact_household_year_away RENAME TO fact_household_year");

        Assert.All(runs, r => Assert.Equal(FileOutcomeStatus.Failed, r.Status));
        Assert.All(runs, r => Assert.Equal(FileNote.None, r.Note));
        Assert.True(File.Exists(sent));
        Assert.Equal(FileOutcomeStatus.Loaded, Assert.Single(pipeline.IngestInbox(folder.Path).Files).Status);
        Assert.Equal(runs.Count, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'failed' AND sha256 <> ''"));
    }

    [Fact]
    public void AFileFailingTheSameWayRunAfterRunIsQuarantinedAndTheNextFileStillLoads()
    {
        using var folder = new ScratchFolder();
        var poison = InboxRuns.Deliver(folder.Path, seed: 1);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var clock = new ClockWithDamagedTimeZone();
        var pipeline = new IngestionPipeline(warehouse, warehouse, new ReportPass(ReferenceFixture.Load(), clock),
            new FilePlacement(TestPipeline.Folders(folder.Path), new RejectedFileFeedback(ReferenceFixture.Load())), new IdNumberHasher(null),
            TimeProvider.System, Serilog.Core.Logger.None, Polly.ResiliencePipeline.Empty);

        var runs = Enumerable.Range(0, FilePlacement.RunsBeforeReporting).Select(_ => Assert.Single(pipeline.IngestInbox(folder.Path).Files)).ToList();

        Assert.All(runs, r => Assert.Equal(FileOutcomeStatus.Failed, r.Status));
        Assert.All(runs.SkipLast(1), r => Assert.Equal(FileNote.None, r.Note));
        Assert.Equal(FileNote.Quarantined, runs[^1].Note);
        Assert.False(File.Exists(poison));
        Assert.StartsWith(Path.Combine(folder.Path, "rejected"), runs[^1].PlacedAt);
        Assert.Contains("quarantined", File.ReadAllText(runs[^1].PlacedAt + ".findings.txt"));
        Assert.Equal(FilePlacement.RunsBeforeReporting, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'failed' AND sha256 <> ''"));

        clock.Repaired = true;
        InboxRuns.Deliver(folder.Path, seed: 2);
        Assert.Equal(FileOutcomeStatus.Loaded, Assert.Single(pipeline.IngestInbox(folder.Path).Files).Status);
    }

    [Fact]
    public void EveryNodeOfASharedRunTriesAFailingFileOnceAndTheRunCountsOnceTowardsQuarantine()
    {
        using var folder = new ScratchFolder();
        var poison = InboxRuns.Deliver(folder.Path, seed: 1);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var pipeline = new IngestionPipeline(warehouse, warehouse, new ReportPass(ReferenceFixture.Load(), new ClockWithDamagedTimeZone()),
            new FilePlacement(TestPipeline.Folders(folder.Path), new RejectedFileFeedback(ReferenceFixture.Load())), new IdNumberHasher(null),
            TimeProvider.System, Serilog.Core.Logger.None, Polly.ResiliencePipeline.Empty);
        FileOutcome Node(string night) => Assert.Single(pipeline.IngestShared(night, [.. InboxRuns.InboxOf(folder.Path).CompleteFiles()]).Files);

        var nights = Enumerable.Range(1, FilePlacement.RunsBeforeReporting - 1).SelectMany(n => new[] { Node($"night-{n}"), Node($"night-{n}") }).ToList();
        var last = Node("last-night");

        Assert.All(nights, r => Assert.Equal((FileOutcomeStatus.Failed, FileNote.None), (r.Status, r.Note)));
        Assert.Equal(FileNote.Quarantined, last.Note);
        Assert.False(File.Exists(poison));
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>A clock whose local time zone cannot be read (a damaged <c>/etc/localtime</c>) until repaired: a fault that is neither the warehouse's nor the disk's.</summary>
    private sealed class ClockWithDamagedTimeZone : TimeProvider
    {
        public bool Repaired { get; set; }

        public override TimeZoneInfo LocalTimeZone => Repaired ? TimeZoneInfo.Utc : throw new InvalidTimeZoneException("the local time zone is damaged");
    }
}
