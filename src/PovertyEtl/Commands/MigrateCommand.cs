using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PovertyEtl.Hosting;

namespace PovertyEtl.Commands;

/// <summary><c>migrate</c>: bring the warehouse schema up to date (every start does it too).</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Cập nhật cấu trúc kho dữ liệu (cũng tự chạy mỗi lần khởi động).");
        command.SetAction(parse =>
        {
            using var app = AppHost.Start(parse, "migrate");
            using var warehouse = app.Services.GetRequiredService<WarehouseAccess>().OpenReady();
            Console.WriteLine($"Kho dữ liệu đã cập nhật / warehouse up to date: {warehouse.Description}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
