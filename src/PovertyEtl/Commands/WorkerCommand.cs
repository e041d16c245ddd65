using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PovertyEtl.Hosting;
using PovertyEtl.Hosting.Settings;
using PovertyEtl.Ingestion;
using PovertyEtl.Worker;
using Serilog;

namespace PovertyEtl.Commands;

/// <summary><c>worker</c>: run the hosted worker until stopped (Ctrl+C, SIGTERM, service stop).</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var serve = new Option<bool>("--serve") { Description = "Chạy cả cổng nộp báo cáo (như lệnh serve) trong cùng tiến trình." };
        var urls = ServeCommand.UrlsOption();
        var command = new Command("worker", "Chạy dịch vụ nền: tự nạp hộp thư đến theo lịch (mặc định 01:00 hằng đêm) cho tới khi bị dừng.") { serve, urls };
        command.SetAction(async (parse, cancellation) =>
        {
            using var host = parse.GetValue(serve) ? WorkerHost.BuildServing(parse, parse.GetValue(urls)) : WorkerHost.Build(parse);
            var services = host.Services;
            await services.ValidateSettings(cancellation);
            var log = services.GetRequiredService<ILogger>();
            WorkerFolders.Check(services.GetRequiredService<IngestionOptions>(), Logging.Folder);
            // Migrations and reference data before the scheduler starts: a clustered store needs its tables.
            await WarehouseAtStart.MakeReady(services.GetRequiredService<WarehouseAccess>(), services.GetRequiredService<ScheduleSettings>().StartRetry,
                services.GetRequiredService<TimeProvider>(), log, cancellation);
            using (var warehouse = services.GetRequiredService<WarehouseAccess>().Open())
                await services.GetRequiredService<IdHashKeyGuard>().CheckAsync(warehouse, cancellation);
            await host.RunAsync(cancellation);
            log.Information("Worker stopped");
            return ExitCodes.Ok;
        });
        return command;
    }
}
