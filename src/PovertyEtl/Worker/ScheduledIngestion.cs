using Polly;
using PovertyEtl.Hosting;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Ingestion.Ports;
using Serilog;
using Serilog.Context;

namespace PovertyEtl.Worker;

/// <summary>
/// One scheduled run: the warehouse (migrated when the worker started) opened for the run only,
/// so that the embedded DuckDB file is free for <c>sql</c> and <c>status</c> between runs; runs
/// left behind by dead processes closed, the inbox's complete files ingested through the one
/// pipeline, the night's summary page written (a run stopped before its first file writes none),
/// and one line said on the console (journald) whatever the run did. In a cluster the run where the
/// schedule fired is shared: the other nodes join it (<see cref="SharedRunJoiner"/>) and each
/// runs its part here (<see cref="RunPartAsync"/>), with its own line and its own page.
/// <para>
/// The inbox is listed first. Most nights find it empty, and such a night does only what is still
/// owed: dead runs closed, and its own run recorded, finished, in one statement (so <c>status</c>
/// shows the night ran and the missed-run check at start finds it), with no key check, no run
/// held, no summary page, nothing shared with other nodes: nothing is loaded.
/// </para>
/// </summary>
public sealed class ScheduledIngestion(WarehouseAccess access, IngestionPipelines pipelines, IdHashKeyGuard keyGuard, Inbox inbox,
    ScheduleSettings settings, NodeRuns node, TimeProvider time, ResiliencePipeline retry, ILogger log)
{
    public async Task RunAsync(bool recovering, CancellationToken cancellation)
    {
        var runId = RunIdentity.New().RunId;
        using var _ = LogContext.PushProperty("RunId", runId);
        var asOf = time.GetUtcNow();
        var files = inbox.CompleteFiles(asOf);
        using var warehouse = await retry.ExecuteAsync(_ => ValueTask.FromResult(access.Open()), cancellation);
        var closed = await warehouse.CloseInterruptedRunsAsync(asOf, cancellation);
        if (closed > 0) log.Warning("{Count} runs left unfinished by a dead process were closed as failed", closed);
        log.Information("Scheduled run {RunId} on {Node}{Recovery}: {Files} files in the inbox", runId, Environment.MachineName,
            recovering ? " (recovering a run of a node that died)" : string.Empty, files.Count);
        if (files.Count == 0)
        {
            await RecordEmptyAsync(warehouse, runId, asOf, cancellation);
            return;
        }

        await keyGuard.CheckAsync(warehouse, cancellation);
        RunReport report;
        if (settings.Clustered)
        {
            await AwaitPartsOfEarlierRunsAsync(warehouse, cancellation);
            using (node.Lead(runId))
                report = await pipelines.For(warehouse).RunSharedAsync(runId, new SharedRun(runId, () => inbox.CompleteFiles(asOf)), files, cancellation);
        }
        else report = await pipelines.For(warehouse).RunAsync(runId, RunTrigger.Schedule, files, dryRun: false, cancellation: cancellation);
        SayOnConsole(runId, report.Status, report.Loaded, report.Rejected, report.Failed, report.Files.Count,
            settings.Clustered ? " on this node (run shared by the cluster)" : string.Empty);
        await WriteSummaryAsync(warehouse, report);
    }

    /// <summary>
    /// This node's part of <paramref name="leader"/>'s shared run: the inbox's files as of the
    /// leader's start, under a run id of its own recorded as part of the leader's. Nothing is
    /// recorded when no file is left to take.
    /// </summary>
    public async Task RunPartAsync(RunRecord leader, CancellationToken cancellation)
    {
        var files = inbox.CompleteFiles(leader.StartedAt);
        if (files.Count == 0)
        {
            log.Debug("Shared run {LeaderRunId} of {LeaderHost}: no file left in the inbox to take", leader.RunId, leader.Host);
            return;
        }
        var runId = RunIdentity.New().RunId;
        using var _ = LogContext.PushProperty("RunId", runId);
        using var warehouse = await retry.ExecuteAsync(_ => ValueTask.FromResult(access.Open()), cancellation);
        await keyGuard.CheckAsync(warehouse, cancellation);
        log.Information("Scheduled run {RunId} on {Node}: part of run {LeaderRunId} of {LeaderHost}, {Files} files in the inbox", runId,
            Environment.MachineName, leader.RunId, leader.Host, files.Count);
        var report = await pipelines.For(warehouse).RunSharedAsync(runId, new SharedRun(leader.RunId, () => inbox.CompleteFiles(leader.StartedAt)), files,
            cancellation);
        log.ForContext(Logging.ConsoleLine, true).Information(
            "Scheduled run {RunId}, part of run {LeaderRunId}, {Status}: {Loaded} loaded, {Rejected} rejected, {Failed} failed of {Files} on this node",
            runId, leader.RunId, report.Status.Code(), report.Loaded, report.Rejected, report.Failed, report.Files.Count);
        await WriteSummaryAsync(warehouse, report);
    }

    /// <summary>
    /// A shared run starts once the live parts of the one before have ended: across runs the last
    /// committed wins, so an older file a lingering part commits after this run's newer one would
    /// overtake it. Dead parts were just closed; at night there is nothing to wait for.
    /// </summary>
    private async Task AwaitPartsOfEarlierRunsAsync(IWarehouse warehouse, CancellationToken cancellation)
    {
        var told = false;
        while (await AnyAliveAsync(warehouse, await warehouse.PartsUnderWayAsync(cancellation), cancellation))
        {
            if (!told) log.Information("Waiting for the parts of the last shared run to end on the other nodes");
            told = true;
            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellation);
        }
    }

    private static async Task<bool> AnyAliveAsync(IWarehouse warehouse, IReadOnlyList<string> runIds, CancellationToken cancellation)
    {
        foreach (var runId in runIds)
            if (await warehouse.IsRunAliveAsync(runId, cancellation)) return true;
        return false;
    }

    private async Task RecordEmptyAsync(IWarehouse warehouse, string runId, DateTimeOffset started, CancellationToken cancellation)
    {
        await warehouse.RecordFinishedRunAsync(new RunRecord(runId, RunTrigger.Schedule, Environment.MachineName, started, time.GetUtcNow(),
            0, 0, 0, RunStatus.Succeeded), cancellation);
        SayOnConsole(runId, RunStatus.Succeeded, 0, 0, 0, 0, string.Empty);
    }

    private void SayOnConsole(string runId, RunStatus status, int loaded, int rejected, int failed, int files, string shared) =>
        log.ForContext(Logging.ConsoleLine, true).Information("Scheduled run {RunId} {Status}: {Loaded} loaded, {Rejected} rejected, {Failed} failed of {Files}{Shared}",
            runId, status.Code(), loaded, rejected, failed, files, shared);

    /// <summary>The page describes what was committed: a stop asked for now no longer applies to it.</summary>
    private async Task WriteSummaryAsync(IWarehouse warehouse, RunReport report)
    {
        if (report.Files.Count > 0) await pipelines.SummaryFor(warehouse).WriteAsync(report, CancellationToken.None);
    }
}
