using Xunit;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion.Files;

/// <summary>
/// Two processes on one PostgreSQL inbox at once: each file is loaded once, by one of them; the
/// other reports it taken, neither fails nor exits 3, and no attempt is recorded twice.
/// </summary>
public sealed class TwoProcessTests
{
    private const int Files = 6;

    [Fact]
    public async Task TwoProcessesOnOneInboxLoadEachFileOnceAndNeitherFails()
    {
        using var folder = new ScratchFolder();
        var made = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: Files, households: 300);
        foreach (var file in made) InboxDelivery.Deliver(file, InboxRuns.InboxPath(folder.Path));
        var connectionString = TestWarehouse.ConnectionString(TestWarehouse.Postgres, folder.Path);
        using (TestWarehouse.OpenReady(connectionString)) { }
        var environment = new Dictionary<string, string>
        {
            ["POVERTYETL__Warehouse__ConnectionString"] = connectionString,
            ["POVERTYETL__Ingestion__InboxPath"] = InboxRuns.InboxPath(folder.Path),
            ["POVERTYETL__Ingestion__StableSeconds"] = "0",
        };

        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => CliRunner.Run(folder.Path, environment, "ingest"))));

        Assert.All(both, run => Assert.True(run.ExitCode == 0, run.Output + run.Error));
        Assert.DoesNotContain("failed ", string.Concat(both.Select(run => run.Output)));
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        Assert.Equal(Files, warehouse.Count("SELECT count(*) FROM etl.file_load"));
        Assert.Equal(Files, warehouse.Count("SELECT count(DISTINCT sha256) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.run WHERE status <> 'succeeded'"));
        Assert.Equal(Files, InboxDelivery.Archived(Path.Combine(folder.Path, "data", "archive")));
        Assert.Equal(0, InboxDelivery.Waiting(InboxRuns.InboxPath(folder.Path)));
    }
}
