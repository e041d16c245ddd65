using System.CommandLine;
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
            using var runtime = CommandRuntime.Start(parse, "migrate");
            using var warehouse = WarehouseAccess.OpenReady(runtime);
            Console.WriteLine($"Kho dữ liệu đã cập nhật / warehouse up to date: {warehouse.Description}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
