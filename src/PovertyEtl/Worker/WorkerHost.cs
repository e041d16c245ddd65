using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PovertyEtl.Hosting;
using PovertyEtl.Portal.Web;
using Quartz;

namespace PovertyEtl.Worker;

/// <summary>
/// The hosted worker: the Generic Host with Quartz's hosted service, as a systemd or Windows
/// service when started by one. The schedule lives in memory on a single node, or in Quartz's
/// job store in the PostgreSQL warehouse when <c>Scheduler:Clustered</c> (unique instance ids,
/// one node fires each run, a dead node's run recovered by another, and every other node joins
/// the run to share its files: <see cref="SharedRunJoiner"/>).
/// </summary>
public static class WorkerHost
{
    /// <summary>SIGTERM or Ctrl+C: the file in hand commits or rolls back, and the process is gone within 30 s.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(25);

    public static IHost Build(ParseResult parse)
    {
        var builder = AppHost.CreateBuilder(parse);
        AddScheduler(builder);
        return builder.Build();
    }

    /// <summary><c>worker --serve</c>: the worker and the portal in one host (one process holds the DuckDB file for both).</summary>
    public static IHost BuildServing(ParseResult parse, string? urls)
    {
        var builder = AppHost.CreateWebBuilder(parse, urls);
        AddScheduler(builder);
        return builder.Build().UsePortalWeb();
    }

    private static void AddScheduler(IHostApplicationBuilder builder)
    {
        var settings = ScheduleSettings.Read(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddScoped<ScheduledIngestion>();
        builder.Services.AddSingleton<NodeRuns>();
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(options => options.ServiceName = "PovertyEtl");
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);

        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(options =>
            {
                options.InstanceName = "PovertyEtl";
                options.GenerateInstanceId = true;
            });
            if (settings.Clustered)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(settings.Warehouse.ConnectionString);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(5);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                    });
                    store.ConfigureStore(options =>
                    {
                        options.TablePrefix = "scheduler.qrtz_";
                        options.MisfireThreshold = TimeSpan.FromSeconds(30);
                    });
                });
            }
            // Quartz's DI job factory makes the job in a scope of its own for each firing.
            quartz.AddJob<IngestJob>(job => job.WithIdentity(IngestJob.Key).StoreDurably().RequestRecovery().DisallowConcurrentExecution());
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<ScheduleRegistrar>();
        // Every node of a cluster shares the run where the schedule fired.
        if (settings.Clustered) builder.Services.AddHostedService<SharedRunJoiner>();
    }
}
