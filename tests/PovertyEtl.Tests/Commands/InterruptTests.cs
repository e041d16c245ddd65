using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Commands;

/// <summary>Ctrl+C during <c>ingest</c>, as an operator presses it: the file in hand rolls back and waits in the inbox for the next run.</summary>
public sealed class InterruptTests
{
    [Fact]
    public void CtrlCDuringIngestRollsTheFileBackLeavesItInTheInboxAndExits3()
    {
        using var folder = new ScratchFolder();
        var inbox = Path.Combine(folder.Path, "data", "inbox");
        var big = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 1, households: 150_000)[0];
        InboxDelivery.Deliver(big, inbox);
        var environment = new Dictionary<string, string> { ["POVERTYETL__Ingestion__StableSeconds"] = "0" };
        using var ingest = WorkerProcess.StartCommand(folder.Path, environment, "ingest");

        // The file is in hand once the run has claimed it out of the inbox.
        Eventually.True(() => Directory.Exists(Path.Combine(inbox, ".povertyetl", "claims"))
                              && Directory.EnumerateFiles(Path.Combine(inbox, ".povertyetl", "claims"), "*.xlsx", SearchOption.AllDirectories).Any(),
            TimeSpan.FromSeconds(60), "the file claimed", () => ingest.Output, poll: TimeSpan.FromMilliseconds(50));
        var exitCode = ingest.Interrupt(TimeSpan.FromSeconds(30));

        Assert.Equal(3, exitCode);
        Assert.DoesNotContain("   at ", ingest.Output);
        Assert.Single(Directory.GetFiles(inbox, "*.xlsx"));
        using var warehouse = TestWarehouse.OpenReady(Path.Combine(folder.Path, "data", "warehouse.duckdb"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM dw.fact_household_year"));
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.run WHERE status = 'interrupted'"));
    }
}
