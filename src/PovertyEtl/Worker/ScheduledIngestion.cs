using PovertyEtl.Hosting;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.History;
using Polly;
using Serilog;
using Serilog.Context;

namespace PovertyEtl.Worker;

/// <summary>
/// One scheduled run, in its own scope: the warehouse (migrated when the worker started) opened
/// for the run only, so that the embedded DuckDB file is free for <c>sql</c> and <c>status</c>
/// between runs; runs left behind
/// by dead processes closed, the inbox's complete files ingested through the one pipeline, and
/// the night's summary page written (a run that found an empty inbox writes none).
/// </summary>
public sealed class ScheduledIngestion(CommandRuntime runtime, ILogger log)
{
    public async Task RunAsync(bool recovering, CancellationToken cancellation)
    {
        var runId = Guid.NewGuid().ToString("N")[..12];
        using var _ = LogContext.PushProperty("RunId", runId);
        var retry = FaultRetry.Create(log);
        using var warehouse = await retry.ExecuteAsync(token => ValueTask.FromResult(WarehouseAccess.Open(runtime)), cancellation);
        var closed = await warehouse.CloseInterruptedRunsAsync(DateTimeOffset.UtcNow, cancellation);
        if (closed > 0) log.Warning("{Count} runs left unfinished by a dead process were closed as failed", closed);

        var files = new Inbox(PipelineFactory.Options(runtime.Configuration), TimeProvider.System).CompleteFiles();
        log.Information("Scheduled run {RunId} on {Node}{Recovery}: {Files} files in the inbox", runId, Environment.MachineName,
            recovering ? " (recovering a run of a node that died)" : string.Empty, files.Count);
        var report = await PipelineFactory.Create(runtime, warehouse).RunAsync(runId, RunTrigger.Schedule, files, dryRun: false, cancellation: cancellation);
        log.Information("Scheduled run {RunId} {Status}: {Loaded} loaded, {Rejected} rejected, {Failed} failed of {Files}",
            runId, report.Status, report.Loaded, report.Rejected, report.Failed, report.Files.Count);
        if (report.Files.Count > 0) await PipelineFactory.RunSummary(runtime, warehouse).WriteAsync(report, CancellationToken.None);
    }
}
