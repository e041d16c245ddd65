using Microsoft.Extensions.Hosting;
using PovertyEtl.Hosting;
using PovertyEtl.Ingestion.History;
using Polly;
using Quartz;
using Serilog;

namespace PovertyEtl.Worker;

/// <summary>
/// Puts the nightly trigger in place at start, keeping an existing one whose schedule is
/// unchanged (a clustered store then still knows what it missed and fires it once). On a
/// single node, whose schedule lives in memory, a run missed while the worker was down is found
/// in <c>etl.run</c> and fired once now.
/// </summary>
public sealed class ScheduleRegistrar(ISchedulerFactory schedulers, ScheduleSettings settings, WarehouseAccess access, ResiliencePipeline retry,
    TimeProvider time, ILogger log) : IHostedService
{
    public static readonly TriggerKey TriggerKey = new("nightly", "povertyetl");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = TriggerBuilder.Create(time)
            .WithIdentity(TriggerKey)
            .ForJob(IngestJob.Key)
            .WithSchedule(CronScheduleBuilder.Create(settings.Cron).InTimeZone(settings.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        var existing = await scheduler.GetTrigger(TriggerKey, cancellationToken) as ICronTrigger;
        if (existing is null)
            await scheduler.ScheduleTrigger(wanted, TriggerConflict.Keep, cancellationToken);
        else if (existing.CronExpressionString != settings.Cron.CronExpressionString || existing.TimeZone.Id != settings.TimeZone.Id)
            await scheduler.RescheduleJob(TriggerKey, wanted, cancellationToken);
        log.ForContext(Logging.ConsoleLine, true).Information("Ingest scheduled by '{Cron}' in {TimeZone}{Clustered}", settings.Cron.CronExpressionString, settings.TimeZone.Id,
            settings.Clustered ? " (clustered)" : string.Empty);

        if (!settings.Clustered && await MissedRunSinceAsync(cancellationToken) is { } missed)
        {
            log.Information("The run due at {Missed} was missed while the worker was down: firing it once now", missed);
            await scheduler.TriggerJob(IngestJob.Key, new JobDataMap(), cancellationToken);
        }
    }

    /// <summary>
    /// The last time the schedule was due, when no scheduled run started since then. A warehouse
    /// that stays out of reach does not stop the worker: the next scheduled run goes ahead anyway.
    /// </summary>
    private async Task<DateTimeOffset?> MissedRunSinceAsync(CancellationToken cancellation)
    {
        var due = settings.Cron.GetPreviousValidTimeBefore(time.GetUtcNow());
        if (due is null) return null;
        try
        {
            using var warehouse = await retry.ExecuteAsync(_ => ValueTask.FromResult(access.Open()), cancellation);
            return await warehouse.LastRunStartedAsync(RunTrigger.Schedule, cancellation) is { } last && last < due ? due : null;
        }
        catch (Exception e) when (PovertyEtl.Warehouse.TransientFaults.IsTransient(e))
        {
            log.Warning(e, "Could not look for a missed run: the warehouse is out of reach");
            return null;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
