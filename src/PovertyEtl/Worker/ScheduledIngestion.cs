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
/// pipeline, the night's summary page written (a run stopped before its first file writes none), and one line said on the console (journald)
/// whatever the run did.
/// <para>
/// The inbox is listed first. Most nights find it empty, and such a night does only what is still
/// owed: dead runs closed, and its own run recorded, finished, in one statement (so <c>status</c>
/// shows the night ran and the missed-run check at start finds it), with no key check, no run
/// held, no summary page: nothing is loaded.
/// </para>
/// </summary>
public sealed class ScheduledIngestion(WarehouseAccess access, IngestionPipelines pipelines, IdHashKeyGuard keyGuard, Inbox inbox, TimeProvider time,
    ResiliencePipeline retry, ILogger log)
{
    public async Task RunAsync(bool recovering, CancellationToken cancellation)
    {
        var runId = RunIdentity.New().RunId;
        using var _ = LogContext.PushProperty("RunId", runId);
        var started = time.GetUtcNow();
        var files = inbox.CompleteFiles();
        using var warehouse = await retry.ExecuteAsync(_ => ValueTask.FromResult(access.Open()), cancellation);
        var closed = await warehouse.CloseInterruptedRunsAsync(started, cancellation);
        if (closed > 0) log.Warning("{Count} runs left unfinished by a dead process were closed as failed", closed);
        log.Information("Scheduled run {RunId} on {Node}{Recovery}: {Files} files in the inbox", runId, Environment.MachineName,
            recovering ? " (recovering a run of a node that died)" : string.Empty, files.Count);
        if (files.Count == 0)
        {
            await RecordEmptyAsync(warehouse, runId, started, cancellation);
            return;
        }

        await keyGuard.CheckAsync(warehouse, cancellation);
        var report = await pipelines.For(warehouse).RunAsync(runId, RunTrigger.Schedule, files, dryRun: false, cancellation: cancellation);
        SayOnConsole(runId, report.Status, report.Loaded, report.Rejected, report.Failed, report.Files.Count);
        // The page describes what was committed: a stop asked for now no longer applies to it.
        if (report.Files.Count > 0) await pipelines.SummaryFor(warehouse).WriteAsync(report, CancellationToken.None);
    }

    private async Task RecordEmptyAsync(IWarehouse warehouse, string runId, DateTimeOffset started, CancellationToken cancellation)
    {
        await warehouse.RecordFinishedRunAsync(new RunRecord(runId, RunTrigger.Schedule, Environment.MachineName, started, time.GetUtcNow(),
            0, 0, 0, RunStatus.Succeeded), cancellation);
        SayOnConsole(runId, RunStatus.Succeeded, 0, 0, 0, 0);
    }

    private void SayOnConsole(string runId, RunStatus status, int loaded, int rejected, int failed, int files) =>
        log.ForContext(Logging.ConsoleLine, true).Information("Scheduled run {RunId} {Status}: {Loaded} loaded, {Rejected} rejected, {Failed} failed of {Files}",
            runId, status.Code(), loaded, rejected, failed, files);
}
