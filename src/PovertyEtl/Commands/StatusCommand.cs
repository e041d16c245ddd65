using System.Globalization;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PovertyEtl.Hosting;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Output;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>status [--last N]</c>: the recent runs and how each of their files ended, from an existing
/// warehouse opened read-only (never created, never migrated; busy while a load holds DuckDB).
/// </summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var last = new Option<int>("--last") { Description = "Số lượt chạy gần nhất cần xem (mặc định 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("status", "Xem các lượt nạp gần đây và kết quả từng tệp.") { last };
        command.SetAction((parse, cancellation) => RunAsync(parse, Math.Max(1, parse.GetValue(last)), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, int last, CancellationToken cancellation)
    {
        using var app = AppHost.Start(parse, "status");
        using var warehouse = app.Services.GetRequiredService<WarehouseAccess>().OpenForReading();
        var runs = await warehouse.RecentRunsAsync(last, cancellation);
        if (runs.Count == 0)
        {
            Console.WriteLine($"Chưa có lượt nạp nào trong {warehouse.Description} / no runs yet");
            return ExitCodes.Ok;
        }
        var reference = app.Services.GetRequiredService<PovertyEtl.Domain.Reference.ReferenceData>();
        var files = (await warehouse.FileLoadsOfAsync([.. runs.Select(r => r.RunId)], cancellation)).ToLookup(f => f.RunId);
        foreach (var run in runs)
        {
            Console.WriteLine($"Lượt {run.RunId}  {run.Trigger}  {run.Host}  {TextTable.Format(run.StartedAt)} → {TextTable.Format(run.FinishedAt)}  " +
                              $"{run.Status.Code()}: {run.FilesSeen} tệp, {run.FilesLoaded} nạp, {run.FilesRejected} từ chối" +
                              (run.PartOf is { } leader ? $"  (phần của lượt / part of run {leader})" : string.Empty));
            foreach (var f in files[run.RunId])
                Console.WriteLine($"  {f.Status.Code(),-10} {f.FileName}  {ReportingUnitName.Of(f.ReportingUnit, f.DistrictCode, reference)}, năm {f.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}, " +
                                  $"{f.Errors} lỗi, {f.Warnings} cảnh báo, {f.RowsLoaded} dòng, lần nạp {f.LoadId}");
        }
        PrintStuck(app.Services.GetRequiredService<IngestionOptions>().InboxPath);
        return ExitCodes.Ok;
    }

    /// <summary>Recorded files that no run could move out of the inbox for several runs: someone must look (a full disk, a folder in the way).</summary>
    private static void PrintStuck(string inbox)
    {
        var stuck = StuckFiles.In(inbox);
        if (stuck.Count == 0) return;
        Console.WriteLine($"Tệp đã ghi nhận nhưng không chuyển được khỏi hộp thư đến, cần kiểm tra / recorded but not moved out of the inbox, look at them ({inbox}):");
        foreach (var file in stuck) Console.WriteLine($"  {file.Name}  sau {file.Runs} lượt / after {file.Runs} runs");
    }
}
