using Microsoft.Extensions.Configuration;
using PovertyEtl.Feedback;
using PovertyEtl.Feedback.RunSummary;
using PovertyEtl.Hosting;
using PovertyEtl.Hosting.Settings;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Tests.Support;
using PovertyEtl.Worker;
using Xunit;

namespace PovertyEtl.Tests.Worker;

/// <summary>
/// A nightly run that finds the inbox empty does only what is still owed: dead runs closed and its
/// own run recorded, finished; no key check, no summary page. The worker's run, in this process.
/// </summary>
public sealed class EmptyInboxNightTests
{
    private const string AnotherKeysFingerprint = "not-this-workers-key";

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task AnEmptyInboxRecordsAFinishedRunClosesDeadRunsAndChecksNoKey(string engine)
    {
        using var folder = new ScratchFolder();
        var connectionString = TestWarehouse.ConnectionString(engine, folder.Path);
        var deadNightStarted = DateTimeOffset.UtcNow.AddDays(-1);
        await LeaveADeadRunAndAnotherKey(connectionString, deadNightStarted);
        var started = DateTimeOffset.UtcNow;

        await Night(folder.Path, connectionString).RunAsync(recovering: false, CancellationToken.None);

        using var warehouse = TestWarehouse.OpenReady(connectionString);
        var runs = await warehouse.RecentRunsAsync(10, CancellationToken.None);
        Assert.Equal(RunStatus.Failed, Assert.Single(runs, r => r.RunId == "a-dead-night").Status);
        var night = Assert.Single(runs, r => r.RunId != "a-dead-night");
        Assert.Equal((RunTrigger.Schedule, RunStatus.Succeeded, 0), (night.Trigger, night.Status, night.FilesSeen));
        Assert.NotNull(night.FinishedAt);
        // The missed-run check at the worker's next start finds this night.
        Assert.True(await warehouse.LastRunStartedAsync(RunTrigger.Schedule, CancellationToken.None) >= started.AddSeconds(-1));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "reports")), "no summary page for a night that loaded nothing");
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task ANightWithAFileInTheInboxStillChecksTheKeyBeforeLoading(string engine)
    {
        using var folder = new ScratchFolder();
        var connectionString = TestWarehouse.ConnectionString(engine, folder.Path);
        await LeaveADeadRunAndAnotherKey(connectionString, DateTimeOffset.UtcNow.AddDays(-1));
        InboxDelivery.Deliver(SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 1, households: 5)[0], Path.Combine(folder.Path, "inbox"));

        await Assert.ThrowsAsync<IdHashKeyMismatchException>(() => Night(folder.Path, connectionString).RunAsync(recovering: false, CancellationToken.None));

        Assert.Equal(1, InboxDelivery.Waiting(Path.Combine(folder.Path, "inbox")));
    }

    private static async Task LeaveADeadRunAndAnotherKey(string connectionString, DateTimeOffset at)
    {
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        await warehouse.StartRunAsync(new RunRecord("a-dead-night", RunTrigger.Schedule, "vm", at, null, 3, 0, 0, RunStatus.Running), CancellationToken.None);
        await warehouse.RecordIdHashKeyFingerprintAsync(AnotherKeysFingerprint, at, CancellationToken.None);
    }

    private static ScheduledIngestion Night(string root, string connectionString)
    {
        var reference = ReferenceFixture.Load();
        var options = new IngestionOptions
        {
            InboxPath = Path.Combine(root, "inbox"), ArchivePath = Path.Combine(root, "archive"), RejectedPath = Path.Combine(root, "rejected"), StableSeconds = 0,
        };
        Directory.CreateDirectory(options.InboxPath);
        var (time, log, retry) = (TimeProvider.System, Serilog.Core.Logger.None, Polly.ResiliencePipeline.Empty);
        var hasher = new IdNumberHasher("this-workers-key");
        var pipelines = new IngestionPipelines(new ReportPass(reference, time), new FilePlacement(options, new RejectedFileFeedback(reference)), hasher,
            reference, new RunSummaryOptions { Path = Path.Combine(root, "reports") }, options, time, log, retry);
        return new ScheduledIngestion(new WarehouseAccess(new WarehouseOptions { ConnectionString = connectionString }, reference, time, log),
            pipelines, new IdHashKeyGuard(hasher, time, log), new Inbox(options, time),
            ScheduleSettings.Read(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Warehouse:ConnectionString"] = connectionString }).Build()),
            new NodeRuns(), time, retry, log);
    }
}
