using System.Data.Common;
using System.Globalization;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Domain.Reference;
using Serilog;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// Writes the summary page of a run under <see cref="RunSummaryOptions.Path"/> and logs where
/// (<c>SummaryPage</c>), for whoever ran it: the <c>ingest</c> command, the scheduled job. The
/// run's files are committed by then, so a page that cannot be written is a warning in the
/// log, never a failed run.
/// </summary>
public sealed class RunSummaryWriter(IWarehouse warehouse, ReferenceData reference, RunSummaryOptions options, TimeProvider time, ILogger log)
{
    /// <summary>The page's full path, or null when it could not be written (logged).</summary>
    public string? Write(RunReport report)
    {
        try
        {
            var html = RunSummaryPage.Render(Content(report));
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

    private RunSummaryContent Content(RunReport report)
    {
        var loaded = report.Files.Where(f => f.Status == LoadStatus.Loaded && f.Year is not null).ToList();
        var districts = loaded.Where(f => f.DistrictCode is not null).ToList();
        var provinces = districts.Select(f => reference.Units.District(f.DistrictCode!)?.ProvinceCode).OfType<string>().Distinct().ToList();
        var figures = DistrictYearFigures.Query(warehouse, provinces, [.. districts.Select(f => f.Year!.Value).Distinct()], options.PovertyRateThreshold);
        return new RunSummaryContent(report, figures, Reform(loaded.Where(f => f.DistrictCode is null)), SupersededFiles(report), UnitName,
            options.PovertyRateThreshold, time.GetUtcNow());
    }

    /// <summary>The figures of the loads after the 2025 reform, by the province of each file's reporting unit (a province or a commune).</summary>
    private ReformFigures Reform(IEnumerable<FileOutcome> loaded)
    {
        var provinceYears = new HashSet<(string Province, int Year)>();
        foreach (var file in loaded)
            if (file.ReportingUnit is { } code && ReportingUnit.Find(code, reference) is { } unit) provinceYears.Add((unit.Province.Code, file.Year!.Value));
        if (provinceYears.Count == 0) return ReformFigures.None;
        List<int> years = [.. provinceYears.Select(p => p.Year).Distinct()];
        List<string> provinces = [.. provinceYears.Select(p => p.Province).Distinct()];
        return new ReformFigures(ProvinceYearFigures.Query(warehouse, years, options.PovertyRateThreshold), provinceYears,
            provinces.Count == 1 ? CommuneYearFigures.Query(warehouse, provinces[0], years) : []);
    }

    /// <summary>A file's reporting unit named as documents name it, with its code: <c>Huyện Trà Cú (849)</c>, <c>Tỉnh Vĩnh Long (86)</c>.</summary>
    private string UnitName(FileOutcome file)
    {
        // A duplicate carries the reporting unit of the load it repeats in its district field.
        var code = file.ReportingUnit ?? file.DistrictCode;
        return code is null ? "?" : ReportingUnit.Find(code, reference) is { } unit ? $"{unit.FullName} ({code})" : code;
    }

    /// <summary>The file each superseded load came from, by load id.</summary>
    private Dictionary<long, string> SupersededFiles(RunReport report)
    {
        var ids = report.Files.Select(f => f.SupersededLoadId).OfType<long>().ToList();
        if (ids.Count == 0) return [];
        return warehouse.QueryReadOnly($"SELECT load_id, file_name FROM etl.file_load WHERE load_id IN ({string.Join(", ", ids)})").Rows
            .ToDictionary(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture), r => (string)r[1]!);
    }
}
