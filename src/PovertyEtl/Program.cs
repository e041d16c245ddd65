using System.CommandLine;
using PovertyEtl.Commands;
using PovertyEtl.Hosting;

// Composition root: the commands of the contract, the options every command takes, and the
// contract's exit codes (a usage or configuration error is 2, whatever the parser's default).
var root = new RootCommand("PovertyEtl: đọc, kiểm tra và nạp báo cáo rà soát hộ nghèo, hộ cận nghèo (của huyện đến năm 2024, của tỉnh, xã từ năm 2025) vào kho dữ liệu.")
{
    GlobalOptions.Warehouse,
    GlobalOptions.Config,
    WorkerCommand.Create(),
    IngestCommand.Create(),
    ValidateCommand.Create(),
    StatusCommand.Create(),
    SqlCommand.Create(),
    MigrateCommand.Create(),
    SamplesCommand.Create(),
    TemplateCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("Xem hướng dẫn / see help: povertyetl --help");
    return ExitCodes.UsageError;
}
try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (PovertyEtl.Warehouse.WarehouseUnreachableException e)
{
    Console.Error.WriteLine($"Không kết nối được kho dữ liệu / warehouse unreachable: {e.Warehouse}: {e.Reason}");
    return ExitCodes.WarehouseUnreachable;
}
catch (ConfigurationException e)
{
    Console.Error.WriteLine($"Lỗi cấu hình / configuration error: {e.Message}");
    return ExitCodes.UsageError;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // A fault on our side (disk, permissions): one clear line, no stack trace for the user.
    Console.Error.WriteLine($"Lỗi hệ thống / system error: {e.Message}");
    return ExitCodes.FileRejected;
}
