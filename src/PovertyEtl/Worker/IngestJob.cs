using Microsoft.Extensions.Hosting;
using PovertyEtl.Hosting;
using PovertyEtl.Warehouse;
using Quartz;
using Serilog;

namespace PovertyEtl.Worker;

/// <summary>
/// The scheduled job, kept thin: made by Quartz's DI job factory in a scope of its own for each
/// firing, the work handed to <see cref="ScheduledIngestion"/>, every exception caught and logged
/// so the scheduler keeps its schedule. A warehouse found busy or down is not a night lost: the
/// job fires again after <c>Schedule:BusyRetrySeconds</c> (unless the schedule fires sooner). Not
/// concurrent on one scheduler; in a cluster the reporting-unit lock in the database also holds.
/// </summary>
[DisallowConcurrentExecution]
public sealed class IngestJob(ScheduledIngestion ingestion, ScheduleSettings settings, IHostApplicationLifetime lifetime, TimeProvider time, ILogger log) : IJob
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
        catch (Exception e) when (TransientFaults.IsTransient(e))
        {
            await RetrySoon(context, e, stopping.Token);
        }
        catch (Exception e)
        {
            log.Error(e, "Scheduled ingestion failed; the next run takes the files again");
        }
    }

    private async Task RetrySoon(IJobExecutionContext context, Exception fault, CancellationToken cancellation)
    {
        var at = time.GetUtcNow() + settings.BusyRetry;
        if (settings.Cron.GetNextValidTimeAfter(time.GetUtcNow()) is { } next && next <= at)
        {
            log.Warning("The warehouse is busy or out of reach ({Reason}); the next scheduled run at {Next} takes the files", fault.Message, next);
            return;
        }
        log.ForContext(Logging.ConsoleLine, true).Warning("The warehouse is busy or out of reach ({Reason}); trying again at {At}", fault.Message, at);
        var retry = TriggerBuilder.Create(time)
            .WithIdentity("retry-" + Guid.NewGuid().ToString("N")[..8], Key.Group)
            .ForJob(Key)
            .StartAt(at)
            .Build();
        await context.Scheduler.ScheduleTrigger(retry, TriggerConflict.Keep, cancellation);
    }
}
