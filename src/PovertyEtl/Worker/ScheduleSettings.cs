using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PovertyEtl.Hosting.Settings;
using PovertyEtl.Warehouse;
using Quartz;

namespace PovertyEtl.Worker;

/// <summary>
/// The worker's schedule as Quartz needs it while the host is built: the cron expression in its
/// time zone (<c>Schedule</c>), whether the scheduler is clustered (<c>Scheduler</c>), and the
/// warehouse that would hold a clustered store. Read and validated like every section (exit 2).
/// </summary>
public sealed record ScheduleSettings(CronExpression Cron, TimeZoneInfo TimeZone, bool Clustered, WarehouseLocation Warehouse, TimeSpan StartRetry,
    TimeSpan BusyRetry)
{
    public static ScheduleSettings Read(IConfiguration configuration)
    {
        var warehouse = SettingsReader.Read(configuration, WarehouseOptions.Section, new WarehouseOptionsValidation());
        var scheduler = SettingsReader.Read<SchedulerOptions>(configuration, SchedulerOptions.Section);
        var schedule = SettingsReader.Read(configuration, ScheduleOptions.Section,
            new ScheduleOptionsValidation(Options.Create(warehouse), Options.Create(scheduler)));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        var cron = new CronExpression(schedule.IngestCron).WithTimeZone(zone);
        return new ScheduleSettings(cron, zone, scheduler.Clustered, WarehouseLocation.Parse(warehouse.ConnectionString),
            TimeSpan.FromSeconds(schedule.StartRetrySeconds), TimeSpan.FromSeconds(schedule.BusyRetrySeconds));
    }
}
