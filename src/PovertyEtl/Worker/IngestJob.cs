using Microsoft.Extensions.Hosting;
using Quartz;
using Serilog;

namespace PovertyEtl.Worker;

/// <summary>
/// The scheduled job, kept thin: made by Quartz's DI job factory in a scope of its own for each
/// firing, the work handed to <see cref="ScheduledIngestion"/>, every exception caught and logged
/// so the scheduler keeps its schedule. Not concurrent on one scheduler; in a cluster the
/// reporting-unit lock in the database also holds.
/// </summary>
[DisallowConcurrentExecution]
public sealed class IngestJob(ScheduledIngestion ingestion, IHostApplicationLifetime lifetime, ILogger log) : IJob
{
    public static readonly JobKey Key = new("ingest", "povertyetl");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken, lifetime.ApplicationStopping);
        try
        {
            await ingestion.RunAsync(context.Recovering, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            log.Warning("Scheduled ingestion stopped by shutdown");
        }
        catch (Exception e)
        {
            log.Error(e, "Scheduled ingestion failed; the next run takes the files again");
        }
    }
}
