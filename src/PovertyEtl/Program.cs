using System.CommandLine;
using PovertyEtl.Commands;
using PovertyEtl.Hosting;
using Serilog;

// Entry point: the commands of the contract, the options every command takes, and the contract's
// exit codes. Whatever happens, the user sees one line and a contract exit code; stack traces go
// to the log (TopLevelFaults).
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
    ServeCommand.Create(),
    UsersCommand.Create(),
};

try
{
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
    {
        foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
        if (CommandLineUsage.Suggestion(parse, root) is { } suggestion) Console.Error.WriteLine(suggestion);
        Console.Error.WriteLine("Xem hướng dẫn / see help: povertyetl --help");
        return ExitCodes.UsageError;
    }
    // Ctrl+C or SIGTERM cancels the command's token: the file in hand rolls back and stays for the next run.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(25) });
}
catch (Exception e)
{
    return TopLevelFaults.Report(e);
}
finally
{
    await Log.CloseAndFlushAsync();
}
