using System.CommandLine;
using Microsoft.Extensions.Hosting;
using PovertyEtl.Hosting;
using PovertyEtl.Worker;

namespace PovertyEtl.Commands;

/// <summary><c>worker</c>: run the hosted worker until stopped (Ctrl+C, SIGTERM, service stop).</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Chạy dịch vụ nền: tự nạp hộp thư đến theo lịch (mặc định 01:00 hằng đêm) cho tới khi bị dừng.");
        command.SetAction(parse =>
        {
            using var runtime = CommandRuntime.Start(parse, "worker");
            var settings = ScheduleSettings.From(runtime.Configuration);
            // Migrations and reference data before the scheduler starts: a clustered store needs its tables.
            FaultRetry.Create(runtime.Logger).Execute(() => WarehouseAccess.OpenReady(runtime)).Dispose();
            using var host = WorkerHost.Build(runtime, settings);
            host.Run();
            runtime.Logger.Information("Worker stopped");
            return ExitCodes.Ok;
        });
        return command;
    }
}
