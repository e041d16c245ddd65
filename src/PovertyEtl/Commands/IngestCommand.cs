using System.Globalization;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using PovertyEtl.Hosting;
using PovertyEtl.Output;
using PovertyEtl.Feedback;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Figures;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Validation;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>ingest [PATH...] [--dry-run]</c>: load files or folders now (copied, never moved), or with
/// no PATH the inbox's complete files (moved). Ends with the tables of what it loaded: by district
/// before the 2025 reform, by province after it, read typed from the mart. Ctrl+C cancels the
/// run's token: the current file rolls back and stays for the next run.
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
        command.SetAction((parse, cancellation) => RunAsync(parse, parse.GetValue(paths) ?? [], parse.GetValue(dryRun), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string[] paths, bool dryRun, CancellationToken cancellation)
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
        if (!dryRun) await services.GetRequiredService<IdHashKeyGuard>().CheckAsync(warehouse, cancellation);
        var interrupted = await warehouse.CloseInterruptedRunsAsync(time.GetUtcNow(), cancellation);
        if (interrupted > 0) services.GetRequiredService<ILogger>().Warning("{Count} interrupted runs closed; their files were rolled back and are taken again", interrupted);
        var progress = new Progress(files.Count);
        var runId = services.GetRequiredService<RunIdentity>().RunId;
        var report = await pipelines.For(warehouse).RunAsync(runId, RunTrigger.Manual, files, dryRun, outcome =>
        {
            Print(outcome, services.GetRequiredService<ReferenceData>());
            progress.Step(outcome.RowsLoaded);
        }, cancellation);
        Console.WriteLine();
        Console.WriteLine($"Lượt chạy {report.RunId}{(dryRun ? " (chạy thử, không ghi gì)" : string.Empty)}: " +
                          $"{report.Loaded} nạp, {report.Rejected} từ chối, {report.Files.Count(f => f.Status == FileOutcomeStatus.Duplicate)} trùng, {report.Failed} lỗi hệ thống " +
                          $"/ loaded, rejected, duplicate, failed");
        if (!dryRun)
        {
            // The printout and the page describe what was committed: a stop asked for now no longer applies to them.
            await PrintDistrictsAsync(warehouse, report);
            await PrintProvincesAsync(warehouse, report, services.GetRequiredService<ReferenceData>());
            PrintSummaryPage(await pipelines.SummaryFor(warehouse).WriteAsync(report, CancellationToken.None));
        }
        // Stopped part-way (Ctrl+C, SIGTERM): the file in hand rolled back; the one line and exit code are the top-level handler's.
        cancellation.ThrowIfCancellationRequested();
        return report.Failed > 0 ? ExitCodes.WarehouseUnreachable : report.Rejected > 0 ? ExitCodes.FileRejected : ExitCodes.Ok;
    }

    private const int PrintedFindings = 10;

    private static void Print(FileOutcome outcome, ReferenceData reference)
    {
        var superseded = outcome.SupersededLoadId is { } old ? $", thay thế lần nạp {old}" : string.Empty;
        Console.WriteLine($"{outcome.Status.Code(),-10} {outcome.File}  {ReportingUnitName.Of(outcome.ReportingUnit, outcome.DistrictCode, reference)}, năm {outcome.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}, " +
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

    /// <summary>Before the 2025 reform: each loaded district's year, from <c>mart.poverty_district_year</c>.</summary>
    private static async Task PrintDistrictsAsync(IMartFigures figures, RunReport report)
    {
        List<UnitYear> loaded = [.. report.Files.Where(f => f.Status == FileOutcomeStatus.Loaded && f.DistrictCode is not null && f.Year is not null)
            .Select(f => new UnitYear(f.DistrictCode!, f.Year!.Value)).Distinct()];
        if (loaded.Count == 0) return;
        var rows = await figures.DistrictRowsAsync(loaded, CancellationToken.None);
        PrintTable("mart.poverty_district_year",
            ["year", "province_name", "district_code", "district_name", "communes", "total_households", "poor_end", "poor_rate_pct", "near_poor_end", "near_poor_rate_pct"],
            [.. rows.Select(r => new object?[] { r.Year, r.ProvinceName, r.DistrictCode, r.DistrictName, r.Communes, r.TotalHouseholds, r.PoorEnd,
                r.PoorRatePct, r.NearPoorEnd, r.NearPoorRatePct })]);
    }

    /// <summary>After the 2025 reform: the province of each loaded report (a province's, or a commune's), in <c>mart.poverty_province_series</c>.</summary>
    private static async Task PrintProvincesAsync(IMartFigures figures, RunReport report, ReferenceData reference)
    {
        List<UnitYear> loaded = [.. report.Files.Where(f => f.Status == FileOutcomeStatus.Loaded && f.DistrictCode is null && f.ReportingUnit is not null && f.Year is not null)
            .Select(f => (Province: ReportingUnit.Find(f.ReportingUnit!, reference)?.Province.Code, Year: f.Year!.Value))
            .Where(l => l.Province is not null).Select(l => new UnitYear(l.Province!, l.Year)).Distinct()];
        if (loaded.Count == 0) return;
        var rows = await figures.ProvinceSeriesRowsAsync(loaded, CancellationToken.None);
        PrintTable("mart.poverty_province_series",
            ["year", "province_code", "province_name", "communes_reporting", "communes_expected", "total_households", "poor_end", "poor_rate_pct",
                "near_poor_end", "near_poor_rate_pct"],
            [.. rows.Select(r => new object?[] { r.Year, r.ProvinceCode, r.ProvinceName, r.CommunesReporting, r.CommunesExpected, r.TotalHouseholds,
                r.PoorEnd, r.PoorRatePct, r.NearPoorEnd, r.NearPoorRatePct })]);
    }

    private static void PrintTable(string view, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"{view}:");
        TextTable.Write(Console.Out, columns, rows);
    }
}
