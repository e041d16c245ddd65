using PovertyEtl.Commands;
using PovertyEtl.Ingestion;
using PovertyEtl.Warehouse;
using Serilog;

namespace PovertyEtl.Hosting;

/// <summary>
/// The one place an exception that left a command becomes what the user sees: one line and the
/// contract's exit code, told apart by type. A bad setting or usage is 2 and names it; a
/// warehouse that cannot be reached is 3; any other fault is 3 with the log file's folder, the
/// stack trace going to the log only.
/// </summary>
public static class TopLevelFaults
{
    public static int Report(Exception fault)
    {
        switch (fault)
        {
            case ConfigurationException or IdHashKeyMismatchException:
                Console.Error.WriteLine($"Lỗi cấu hình / configuration error: {fault.Message}");
                Log.Warning("Configuration error: {Message}", fault.Message);
                return ExitCodes.UsageError;
            case WarehouseBusyException busy:
                Console.Error.WriteLine($"{busy.Warehouse}: {busy.Reason}");
                Log.Warning("Warehouse busy: {Reason}", busy.Reason);
                return ExitCodes.WarehouseUnreachable;
            case WarehouseUnreachableException unreachable:
                Console.Error.WriteLine($"Không kết nối được kho dữ liệu / warehouse unreachable: {unreachable.Warehouse}: {unreachable.Reason}");
                Log.ForContext(Logging.FileOnly, true).Error(unreachable, "Warehouse unreachable");
                return ExitCodes.WarehouseUnreachable;
            case OperationCanceledException:
                Console.Error.WriteLine("Đã dừng theo yêu cầu; tệp đang xử lý được hoàn tác và để lại cho lần chạy sau / stopped: the file in hand was rolled back and is left for the next run");
                Log.Warning("Stopped by the user");
                return ExitCodes.WarehouseUnreachable;
            default:
                Log.ForContext(Logging.FileOnly, true).Error(fault, "Unhandled fault");
                Console.Error.WriteLine($"Lỗi hệ thống / system error: {OneLine(fault.Message)} ({fault.GetType().Name}); " +
                                        $"chi tiết trong nhật ký / details in the log: {Logging.Folder}");
                return ExitCodes.WarehouseUnreachable;
        }
    }

    private static string OneLine(string message) => message.Split('\n', 2)[0].Trim();
}
