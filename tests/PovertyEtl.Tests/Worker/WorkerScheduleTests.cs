using PovertyEtl.Ingestion.History;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Worker;

/// <summary>The worker as it runs in production, a real process on the embedded default: its schedule, its inbox, its shutdown.</summary>
public sealed class WorkerScheduleTests
{
    // The test's own polls open the DuckDB file for a moment: a run that meets one finds the warehouse
    // busy, as a run beside a long `sql` would, and is tried again after BusyRetrySeconds (default 300).
    private static Dictionary<string, string> Environment(string cron, int stableSeconds = 0) => new()
    {
        ["POVERTYETL__Schedule__IngestCron"] = cron,
        ["POVERTYETL__Schedule__BusyRetrySeconds"] = "2",
        ["POVERTYETL__Ingestion__StableSeconds"] = stableSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void AScheduleOfSecondsFiresLoadsTheInboxAndSigtermStopsTheWorkerWithinThirtySeconds()
    {
        using var folder = new ScratchFolder();
        var inbox = Path.Combine(folder.Path, "data", "inbox");
        foreach (var file in SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 2, households: 30)) InboxDelivery.Deliver(file, inbox);
        using var worker = WorkerProcess.Start(folder.Path, Environment("0/2 * * * * ?"));

        Eventually.True(() => InboxDelivery.Archived(Path.Combine(folder.Path, "data", "archive")) == 2, TimeSpan.FromSeconds(60),
            "both inbox files archived", () => worker.Output);
        var (took, exitCode) = worker.Terminate(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
        Assert.True(took < TimeSpan.FromSeconds(30), $"stopped in {took}");
        Assert.Equal(0, InboxDelivery.Waiting(inbox));
        using var warehouse = TestWarehouse.OpenReady(Path.Combine(folder.Path, "data", "warehouse.duckdb"));
        Assert.Equal(2, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.True(warehouse.Count("SELECT count(*) FROM etl.run WHERE trigger = 'schedule' AND status = 'succeeded'") >= 1);
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.run WHERE status = 'running'"));
    }

    [Fact]
    public async Task ARunMissedWhileTheWorkerWasDownFiresOnceWhenItStarts()
    {
        using var folder = new ScratchFolder();
        var connectionString = Path.Combine(folder.Path, "data", "warehouse.duckdb");
        using (var warehouse = TestWarehouse.OpenReady(connectionString))
        {
            var threeDaysAgo = DateTimeOffset.UtcNow.AddDays(-3);
            var run = new RunRecord("an-old-night", RunTrigger.Schedule, "vm", threeDaysAgo, null, 0, 0, 0, RunStatus.Running);
            await warehouse.StartRunAsync(run, CancellationToken.None);
            await warehouse.FinishRunAsync(run with { FinishedAt = threeDaysAgo.AddMinutes(1), Status = RunStatus.Succeeded }, CancellationToken.None);
        }
        using var worker = WorkerProcess.Start(folder.Path, Environment("0 0 1 * * ?"));

        long ScheduledRuns()
        {
            using var warehouse = TestWarehouse.OpenReady(connectionString);
            return warehouse.Count("SELECT count(*) FROM etl.run WHERE trigger = 'schedule'");
        }
        Eventually.True(() => ScheduledRuns() == 2, TimeSpan.FromSeconds(45), "the missed night fired on start", () => worker.Output,
            poll: TimeSpan.FromSeconds(2));
        Thread.Sleep(TimeSpan.FromSeconds(4));
        worker.Terminate(TimeSpan.FromSeconds(30));

        Assert.Equal(2, ScheduledRuns());
    }

    [Fact]
    public void AFileStillBeingWrittenIsNotTakenUntilItHasBeenStill()
    {
        using var folder = new ScratchFolder();
        var inbox = Path.Combine(folder.Path, "data", "inbox");
        var archive = Path.Combine(folder.Path, "data", "archive");
        var source = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 1, households: 20)[0];
        Directory.CreateDirectory(inbox);
        var arriving = Path.Combine(inbox, "dang-chep.xlsx");
        File.Copy(source, arriving);
        File.Copy(source, Path.Combine(inbox, "khac.xlsx.part"));
        using var worker = WorkerProcess.Start(folder.Path, Environment("0/1 * * * * ?", stableSeconds: 4));

        for (var second = 0; second < 8; second++)
        {
            File.SetLastWriteTimeUtc(arriving, DateTime.UtcNow);
            Thread.Sleep(TimeSpan.FromSeconds(1));
            Assert.Equal(0, InboxDelivery.Archived(archive));
        }
        Eventually.True(() => InboxDelivery.Archived(archive) == 1, TimeSpan.FromSeconds(40), "the file archived once still", () => worker.Output);
        worker.Terminate(TimeSpan.FromSeconds(30));

        Assert.True(File.Exists(Path.Combine(inbox, "khac.xlsx.part")), "a .part file is never taken");
        Assert.False(File.Exists(arriving));
    }

    [Fact]
    public void ARunThatFindsTheWarehouseBusyTriesAgainWithinSecondsNotAtTheNextFire()
    {
        using var folder = new ScratchFolder();
        var inbox = Path.Combine(folder.Path, "data", "inbox");
        var archive = Path.Combine(folder.Path, "data", "archive");
        var connectionString = Path.Combine(folder.Path, "data", "warehouse.duckdb");
        TestWarehouse.OpenReady(connectionString).Dispose();
        var report = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 1, households: 20)[0];
        var environment = Environment("0/30 * * * * ?");
        environment["POVERTYETL__Schedule__BusyRetrySeconds"] = "3";
        using var worker = WorkerProcess.Start(folder.Path, environment);
        Eventually.True(() => worker.Output.Contains("Ingest scheduled", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the worker started", () => worker.Output);
        Thread.Sleep(TimeSpan.FromSeconds(2));

        DateTime released;
        using (TestWarehouse.OpenReady(connectionString))
        {
            // This process now holds the file, as a long `sql` query would; the report arrives only
            // now, so no run that fired before the hold can have loaded it.
            InboxDelivery.Deliver(report, inbox);
            Eventually.True(() => worker.Output.Contains("trying again", StringComparison.Ordinal), TimeSpan.FromSeconds(60),
                "the busy run says it tries again", () => worker.Output);
            Assert.Equal(0, InboxDelivery.Archived(archive));
            released = DateTime.UtcNow;
        }
        Eventually.True(() => InboxDelivery.Archived(archive) == 1, TimeSpan.FromSeconds(60), "the file loaded by the retry", () => worker.Output);
        var took = DateTime.UtcNow - released;
        worker.Terminate(TimeSpan.FromSeconds(30));

        Assert.True(took < TimeSpan.FromSeconds(15), $"loaded {took} after the warehouse was free: the retry, not the next fire 30 s on");
    }

    [Fact]
    public void AClusterOnTheEmbeddedWarehouseIsAConfigurationErrorAtStart()
    {
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, new Dictionary<string, string> { ["POVERTYETL__Scheduler__Clustered"] = "true" }, "worker");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PostgreSQL", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
