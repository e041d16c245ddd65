using Microsoft.Extensions.Options;
using PovertyEtl.Warehouse;
using Quartz;

namespace PovertyEtl.Hosting.Settings;

/// <summary>
/// The schedule reads (a Quartz cron expression, a known IANA time zone), and a cluster is only
/// asked of a PostgreSQL warehouse: the embedded DuckDB file belongs to one process.
/// </summary>
public sealed class ScheduleOptionsValidation(IOptions<WarehouseOptions> warehouse, IOptions<SchedulerOptions> scheduler) : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var failures = new List<string>();
        if (!CronExpression.TryParse(options.IngestCron, out _))
            failures.Add($"Schedule:IngestCron '{options.IngestCron}' is not a Quartz cron expression (e.g. '0 0 1 * * ?' for 01:00 every day)");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
            failures.Add($"Schedule:TimeZone '{options.TimeZone}' is not a known time zone (IANA, e.g. Asia/Ho_Chi_Minh)");
        if (options.StartRetrySeconds is < 0 or > 3_600)
            failures.Add($"Schedule:StartRetrySeconds must be from 0 to 3600, not {options.StartRetrySeconds}");
        if (options.BusyRetrySeconds is < 1 or > 86_400)
            failures.Add($"Schedule:BusyRetrySeconds must be from 1 to 86400, not {options.BusyRetrySeconds}");
        if (scheduler.Value.Clustered && WarehouseLocation.Parse(warehouse.Value.ConnectionString) is { Engine: not WarehouseEngine.Postgres } location)
            failures.Add("Scheduler:Clustered=true needs a PostgreSQL warehouse (Warehouse:ConnectionString starting with Host=): " +
                         $"the embedded DuckDB ({location.Description}) is one process's file and cannot be shared by several workers");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
