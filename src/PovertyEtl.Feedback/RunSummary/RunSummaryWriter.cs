using System.Data.Common;
using System.Globalization;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Domain.Reference;
using Serilog;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// Writes the summary page of a run under <see cref="RunSummaryOptions.Path"/> and logs where
/// (<c>SummaryPage</c>), for whoever ran it: the <c>ingest</c> command, the scheduled job. The
/// run's files are committed by then, so a page that cannot be written is a warning in the
/// log, never a failed run. Figures come typed from the mart through <see cref="IMartFigures"/>.
/// </summary>
public sealed class RunSummaryWriter(IMartFigures figures, IRunHistory history, ReferenceData reference, RunSummaryOptions options,
    TimeProvider time, ILogger log)
{
    /// <summary>The page's full path, or null when it could not be written (logged).</summary>
    public async Task<string?> WriteAsync(RunReport report, CancellationToken cancellation = default)
    {
        try
        {
            var html = RunSummaryPage.Render(await ContentAsync(report, cancellation));
            Directory.CreateDirectory(options.Path);
            var path = Path.GetFullPath(Path.Combine(options.Path,
                $"run_{report.StartedAt.ToLocalTime().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}_{report.RunId}.html"));
            // Whole or not at all: the folder may be served to a browser while the page is written.
            var partial = path + ".part";
            File.WriteAllText(partial, html);
            File.Move(partial, path, overwrite: true);
            log.Information("Run summary page {SummaryPage}", path);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException or TimeoutException)
        {
            log.Warning(e, "The run summary page could not be written under {ReportsPath}", options.Path);
            return null;
        }
    }

    private async Task<RunSummaryContent> ContentAsync(RunReport report, CancellationToken cancellation)
    {
        var loaded = report.Files.Where(f => f.Status == FileOutcomeStatus.Loaded && f.Year is not null).ToList();
        var districts = loaded.Where(f => f.DistrictCode is not null).ToList();
        var provinces = districts.Select(f => reference.Units.District(f.DistrictCode!)?.ProvinceCode).OfType<string>().Distinct().ToList();
        var districtYears = await figures.DistrictYearsAsync(provinces, [.. districts.Select(f => f.Year!.Value).Distinct()], options.PovertyRateThreshold,
            cancellation);
        var reform = await ReformAsync(loaded.Where(f => f.DistrictCode is null), cancellation);
        var superseded = await history.FileNamesOfLoadsAsync([.. report.Files.Select(f => f.SupersededLoadId).OfType<long>()], cancellation);
        return new RunSummaryContent(report, districtYears, reform, superseded, UnitName, options.PovertyRateThreshold, time.GetUtcNow());
    }

    /// <summary>The figures of the loads after the 2025 reform, by the province of each file's reporting unit (a province or a commune).</summary>
    private async Task<ReformFigures> ReformAsync(IEnumerable<FileOutcome> loaded, CancellationToken cancellation)
    {
        var provinceYears = new HashSet<(string Province, int Year)>();
        foreach (var file in loaded)
            if (file.ReportingUnit is { } code && ReportingUnit.Find(code, reference) is { } unit) provinceYears.Add((unit.Province.Code, file.Year!.Value));
        if (provinceYears.Count == 0) return ReformFigures.None;
        List<int> years = [.. provinceYears.Select(p => p.Year).Distinct()];
        List<string> provinces = [.. provinceYears.Select(p => p.Province).Distinct()];
        return new ReformFigures(await figures.ProvinceYearsAsync(years, options.PovertyRateThreshold, cancellation), provinceYears,
            provinces.Count == 1 ? await figures.CommuneYearsAsync(provinces[0], years, cancellation) : []);
    }

    /// <summary>A file's reporting unit named as documents name it, with its code: <c>Huyện Trà Cú (849)</c>, <c>Tỉnh Vĩnh Long (86)</c>.</summary>
    private string UnitName(FileOutcome file)
    {
        // A duplicate carries the reporting unit of the load it repeats in its district field.
        var code = file.ReportingUnit ?? file.DistrictCode;
        return code is null ? "?" : ReportingUnit.Find(code, reference) is { } unit ? $"{unit.FullName} ({code})" : code;
    }
}
