using Xunit;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion.Files;

/// <summary>A run stopped part-way (SIGTERM, Ctrl+C) is recorded <c>interrupted</c>, and the files it did not reach wait in the inbox.</summary>
public sealed class InterruptedRunTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void ARunStoppedPartWayIsRecordedInterrupted(string engine)
    {
        using var folder = new ScratchFolder();
        InboxRuns.Deliver(folder.Path, seed: 1);
        InboxRuns.Deliver(folder.Path, seed: 2, district: 1);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        using var stop = new CancellationTokenSource();

        var report = TestPipeline.Create(warehouse, folder.Path).IngestInbox(folder.Path, _ => stop.Cancel(), stop.Token);

        Assert.Single(report.Files);
        Assert.Equal(RunStatus.Interrupted, report.Status);
        Assert.Equal("interrupted", warehouse.Scalar($"SELECT status FROM etl.run WHERE run_id = '{report.RunId}'"));
        Assert.Equal(1, InboxDelivery.Waiting(InboxRuns.InboxPath(folder.Path)));
    }
}
