using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using PovertyEtl.Hosting;
using PovertyEtl.Output;
using PovertyEtl.Feedback;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Validation;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>ingest [PATH...] [--dry-run]</c>: load files or folders now (copied, never moved), or with
/// no PATH the inbox's complete files (moved). Ends with the tables of what it loaded: by district
/// before the 2025 reform, by province after it.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Tệp hoặc thư mục báo cáo; bỏ trống để nạp các tệp trong hộp thư đến (Ingestion:InboxPath).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ kiểm tra, không ghi gì vào kho và không di chuyển tệp." };
        var command = new Command("ingest", "Nạp báo cáo vào kho dữ liệu ngay: mỗi tệp một giao dịch, lỗi thì từ chối cả tệp.") { paths, dryRun };
        CommandLineUsage.RefuseOptionLikeTokens(paths, command);
        command.SetAction((parse, cancellation) => Task.FromResult(Run(parse, parse.GetValue(paths) ?? [], parse.GetValue(dryRun), cancellation)));
        return command;
    }

    private static int Run(ParseResult parse, string[] paths, bool dryRun, CancellationToken cancellation)
    {
        using var app = AppHost.Start(parse, "ingest");
        var services = app.Services;
        IReadOnlyList<IncomingFile> files;
        if (paths.Length == 0)
        {
            files = services.GetRequiredService<Inbox>().CompleteFiles();
        }
        else
        {
            var (inputs, missing) = InputFiles.Expand(paths);
            foreach (var path in missing) Console.Error.WriteLine($"Không tìm thấy tệp hoặc thư mục: {path} / no such file or folder");
            if (missing.Count > 0) return ExitCodes.UsageError;
            files = inputs.Select(f => new IncomingFile(f, FromInbox: false)).ToList();
        }
        if (files.Count == 0)
        {
            Console.WriteLine("Không có tệp nào để nạp / nothing to ingest");
            return ExitCodes.Ok;
        }

        var time = services.GetRequiredService<TimeProvider>();
        var pipelines = services.GetRequiredService<IngestionPipelines>();
        using var warehouse = services.GetRequiredService<WarehouseAccess>().OpenReady();
        var interrupted = warehouse.CloseInterruptedRuns(time.GetUtcNow());
        if (interrupted > 0) services.GetRequiredService<ILogger>().Warning("{Count} interrupted runs closed; their files were rolled back and are taken again", interrupted);
        var progress = new Progress(files.Count);
        var runId = services.GetRequiredService<RunIdentity>().RunId;
        var report = pipelines.For(warehouse).Run(runId, RunTrigger.Manual, files, dryRun, outcome =>
        {
            Print(outcome);
            progress.Step(outcome.RowsLoaded);
        }, cancellation);
        Console.WriteLine();
        Console.WriteLine($"Lượt chạy {report.RunId}{(dryRun ? " (chạy thử, không ghi gì)" : string.Empty)}: " +
                          $"{report.Loaded} nạp, {report.Rejected} từ chối, {report.Files.Count(f => f.Status == LoadStatus.Duplicate)} trùng, {report.Failed} lỗi hệ thống " +
                          $"/ loaded, rejected, duplicate, failed");
        if (!dryRun) PrintDistricts(warehouse, report);
        if (!dryRun) PrintProvinces(warehouse, report, services.GetRequiredService<ReferenceData>());
        if (!dryRun) PrintSummaryPage(pipelines.SummaryFor(warehouse).Write(report));
        cancellation.ThrowIfCancellationRequested();
        return report.Failed > 0 ? ExitCodes.WarehouseUnreachable : report.Rejected > 0 ? ExitCodes.FileRejected : ExitCodes.Ok;
    }

    private const int PrintedFindings = 10;

    private static void Print(FileOutcome outcome)
    {
        var superseded = outcome.SupersededLoadId is { } old ? $", thay thế lần nạp {old}" : string.Empty;
        Console.WriteLine($"{outcome.Status,-10} {outcome.File}  {ReportingUnitName.Of(outcome.ReportingUnit, outcome.DistrictCode)}, năm {outcome.Year?.ToString() ?? "?"}, " +
                          $"{outcome.Errors} lỗi, {outcome.Warnings} cảnh báo, {outcome.RowsLoaded} dòng{superseded}" +
                          (outcome.Fault is null ? string.Empty : $" — {outcome.Fault}"));
        // The first few on the terminal; all of them are in etl.finding, the findings file and the run summary page.
        var problems = outcome.Findings.Where(f => f.Severity != Severity.Info).ToList();
        foreach (var f in problems.Take(PrintedFindings))
            Console.WriteLine($"  {f.Severity.Code(),-7} {(f.Cell.Length > 0 ? f.Cell : "(tệp)")}  {f.Rule}  {f.Message}");
        if (problems.Count > PrintedFindings)
            Console.WriteLine($"  … và {problems.Count - PrintedFindings} phát hiện khác (xem trang tóm tắt, etl.finding) / and {problems.Count - PrintedFindings} more");
        if (outcome.PlacedAt is { } placed) Console.WriteLine($"  → {placed}");
    }

    /// <summary>Where the run's summary page is, for the operator to open in a browser (the log has it too).</summary>
    private static void PrintSummaryPage(string? path)
    {
        if (path is not null) Console.WriteLine($"Trang tóm tắt / run summary: {path}");
    }

    /// <summary>Before the 2025 reform: each loaded district's year.</summary>
    private static void PrintDistricts(IWarehouse warehouse, RunReport report) =>
        PrintLoaded(warehouse, "poverty_district_year", "district_code",
            "year, province_name, district_code, district_name, communes, total_households, poor_end, poor_rate_pct, near_poor_end, near_poor_rate_pct",
            report.Files.Where(f => f.Status == LoadStatus.Loaded && f.DistrictCode is not null).Select(f => (f.DistrictCode!, f.Year)));

    /// <summary>After the 2025 reform: the province of each loaded report (a province's, or a commune's), in the comparable series.</summary>
    private static void PrintProvinces(IWarehouse warehouse, RunReport report, ReferenceData reference) =>
        PrintLoaded(warehouse, "poverty_province_series", "province_code",
            "year, province_code, province_name, communes_reporting, communes_expected, total_households, poor_end, poor_rate_pct, near_poor_end, near_poor_rate_pct",
            report.Files.Where(f => f.Status == LoadStatus.Loaded && f.DistrictCode is null && f.ReportingUnit is not null)
                .Select(f => (Province: ReportingUnit.Find(f.ReportingUnit!, reference)?.Province.Code, f.Year))
                .Where(l => l.Province is not null).Select(l => (l.Province!, l.Year)));

    /// <summary>The rows of a mart view for the (unit, year) pairs the run loaded, if any.</summary>
    private static void PrintLoaded(IWarehouse warehouse, string view, string unitColumn, string columns, IEnumerable<(string Unit, int? Year)> loaded)
    {
        var keys = loaded.Select(l => $"('{l.Unit}', {l.Year})").Distinct().ToList();
        if (keys.Count == 0) return;
        var result = warehouse.QueryReadOnly(
            $"SELECT {columns} FROM mart.{view} WHERE ({unitColumn}, year) IN ({string.Join(", ", keys)}) ORDER BY year, {unitColumn}");
        Console.WriteLine();
        Console.WriteLine($"mart.{view}:");
        TextTable.Write(Console.Out, result.Columns, result.Rows);
    }
}
