using Microsoft.Extensions.Configuration;
using PovertyEtl.Hosting;
using PovertyEtl.Warehouse;
using Quartz;

namespace PovertyEtl.Worker;

/// <summary>
/// <c>Schedule:IngestCron</c> (Quartz cron, default nightly at 01:00), <c>Schedule:TimeZone</c>
/// (IANA, default Asia/Ho_Chi_Minh) and <c>Scheduler:Clustered</c>, checked at start: a bad
/// cron, an unknown zone or a cluster on the embedded DuckDB is a configuration error (exit 2).
/// </summary>
public sealed record ScheduleSettings(CronExpression Cron, TimeZoneInfo TimeZone, bool Clustered, WarehouseLocation Warehouse)
{
    public const string DefaultCron = "0 0 1 * * ?";
    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    public static ScheduleSettings From(IConfiguration configuration)
    {
        var cronText = configuration["Schedule:IngestCron"] is { Length: > 0 } c ? c : DefaultCron;
        var zoneId = configuration["Schedule:TimeZone"] is { Length: > 0 } z ? z : DefaultTimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
            throw new ConfigurationException($"Schedule:TimeZone '{zoneId}' is not a known time zone (IANA, e.g. Asia/Ho_Chi_Minh)");
        if (!CronExpression.TryParse(cronText, out var cron))
            throw new ConfigurationException($"Schedule:IngestCron '{cronText}' is not a Quartz cron expression (e.g. '0 0 1 * * ?' for 01:00 every day)");
        var clustered = bool.TryParse(configuration["Scheduler:Clustered"], out var on) && on;
        var warehouse = WarehouseLocation.Parse(WarehouseAccess.ConnectionString(configuration));
        if (clustered && warehouse.Engine != WarehouseEngine.Postgres)
            throw new ConfigurationException("Scheduler:Clustered=true needs a PostgreSQL warehouse (Warehouse:ConnectionString starting with Host=): " +
                                             $"the embedded DuckDB ({warehouse.Description}) is one process's file and cannot be shared by several workers");
        return new ScheduleSettings(cron.WithTimeZone(zone), zone, clustered, warehouse);
    }
}
