using Npgsql;
using Xunit;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion.Files;

/// <summary>
/// One bad file never stops the others: a fault on one file is that file's <c>failed</c> and the
/// run goes on; once the fault clears the file loads; a file failing the same way run after run is
/// set aside, visibly.
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

        Assert.Equal(LoadStatus.Failed, Assert.Single(failed.Files).Status);
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.True(File.Exists(sent));
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'failed'"));

        File.Delete(blocker);
        var loaded = pipeline.IngestInbox(folder.Path);

        Assert.Equal(LoadStatus.Loaded, Assert.Single(loaded.Files).Status);
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(2, warehouse.Count("SELECT count(*) FROM etl.file_load"));
        Assert.False(File.Exists(sent));
    }

    [Fact]
    public void AFileFailingTheSameWayRunAfterRunIsQuarantinedAndTheOthersStillLoad()
    {
        using var folder = new ScratchFolder();
        var poison = InboxRuns.Deliver(folder.Path, seed: 1);
        var connectionString = TestWarehouse.ConnectionString(TestWarehouse.Postgres, folder.Path);
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        // A fault that persists: the household facts' table is gone, so every load fails on our side.
        Execute(connectionString, "ALTER TABLE dw.fact_household_year RENAME TO fact_household_year_away");

        var runs = new List<FileOutcome>();
        for (var run = 0; run < FilePlacement.RunsBeforeReporting; run++)
            runs.Add(Assert.Single(pipeline.IngestInbox(folder.Path).Files));
        Execute(connectionString, "ALTER TABLE dw.fact_household_year_away RENAME TO fact_household_year");

        Assert.All(runs, r => Assert.Equal(LoadStatus.Failed, r.Status));
        Assert.All(runs.SkipLast(1), r => Assert.Equal(FileNote.None, r.Note));
        Assert.Equal(FileNote.Quarantined, runs[^1].Note);
        Assert.False(File.Exists(poison));
        Assert.StartsWith(Path.Combine(folder.Path, "rejected"), runs[^1].PlacedAt);
        Assert.Contains("quarantined", File.ReadAllText(runs[^1].PlacedAt + ".findings.txt"));
        Assert.Equal(FilePlacement.RunsBeforeReporting, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'failed' AND sha256 <> ''"));

        InboxRuns.Deliver(folder.Path, seed: 2);
        Assert.Equal(LoadStatus.Loaded, Assert.Single(pipeline.IngestInbox(folder.Path).Files).Status);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
