using Polly;
using PovertyEtl.Hosting;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.History;
using Serilog;
using Serilog.Context;

namespace PovertyEtl.Worker;

/// <summary>
/// One scheduled run: the warehouse (migrated when the worker started) opened for the run only,
/// so that the embedded DuckDB file is free for <c>sql</c> and <c>status</c> between runs; runs
/// left behind by dead processes closed, the inbox's complete files ingested through the one
/// pipeline, the night's summary page written (a run that found an empty inbox writes none), and
/// one line said on the console (journald) whatever the run did.
/// </summary>
public sealed class ScheduledIngestion(WarehouseAccess access, IngestionPipelines pipelines, IdHashKeyGuard keyGuard, Inbox inbox, TimeProvider time,
    ResiliencePipeline retry, ILogger log)
{
    public async Task RunAsync(bool recovering, CancellationToken cancellation)
    {
        var runId = RunIdentity.New().RunId;
        using var _ = LogContext.PushProperty("RunId", runId);
        using var warehouse = await retry.ExecuteAsync(_ => ValueTask.FromResult(access.Open()), cancellation);
        await keyGuard.CheckAsync(warehouse, cancellation);
        var closed = await warehouse.CloseInterruptedRunsAsync(time.GetUtcNow(), cancellation);
        if (closed > 0) log.Warning("{Count} runs left unfinished by a dead process were closed as failed", closed);

        var files = inbox.CompleteFiles();
        log.Information("Scheduled run {RunId} on {Node}{Recovery}: {Files} files in the inbox", runId, Environment.MachineName,
            recovering ? " (recovering a run of a node that died)" : string.Empty, files.Count);
        var report = await pipelines.For(warehouse).RunAsync(runId, RunTrigger.Schedule, files, dryRun: false, cancellation: cancellation);
        log.ForContext(Logging.ConsoleLine, true).Information("Scheduled run {RunId} {Status}: {Loaded} loaded, {Rejected} rejected, {Failed} failed of {Files}",
            runId, report.Status.Code(), report.Loaded, report.Rejected, report.Failed, report.Files.Count);
        // The page describes what was committed: a stop asked for now no longer applies to it.
        if (report.Files.Count > 0) await pipelines.SummaryFor(warehouse).WriteAsync(report, CancellationToken.None);
    }
}
