using PovertyEtl.Ingestion.History;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Validation.Rules;
using PovertyEtl.Warehouse.Dimensions;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>The load store (<see cref="ILoadStore"/>): duplicates, a file's transaction, attempts that load nothing, and the warehouse rules' figures.</summary>
internal abstract partial class SqlWarehouse
{
    private const string FileLoadColumns =
        "load_id, run_id, file_name, sha256, district_code, year, status, errors, warnings, rows_loaded, started_at, finished_at";

    private DimensionKeys? _dimensionKeys;

    /// <summary>Forgets the keys read for earlier loads (the reference data was synchronised).</summary>
    private void ForgetDimensionKeys() => _dimensionKeys = null;

    public async Task<FileLoadRecord?> FindLoadOfAsync(string sha256, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        var rows = await session.RowsAsync($"SELECT {FileLoadColumns}, reporting_unit FROM etl.file_load " +
                                           $"WHERE sha256 = {p["sha256"]} AND status IN ({p["loaded"]}, {p["superseded"]}) ORDER BY load_id LIMIT 1",
            new { sha256, loaded = LoadStatus.Loaded.Code(), superseded = LoadStatus.Superseded.Code() }, cancellation);
        return rows.Select(ToFileLoad).FirstOrDefault();
    }

    public async Task<IFileLoad> BeginLoadAsync(string runId, string fileName, string sha256, DateTimeOffset startedAt, CancellationToken cancellation)
    {
        var session = await SessionAsync(cancellation);
        try
        {
            await session.BeginAsync(cancellation);
            // The dimensions change only when reference data is synchronised: their keys are read once
            // for all the files of this warehouse's run, not once a file.
            var keys = _dimensionKeys ??= await LoadDimensionKeysAsync(session, cancellation);
            var loadId = await session.ScalarAsync<long>("SELECT nextval('etl.load_id_seq')", null, cancellation);
            return new FileLoad(this, session, keys, loadId, runId, fileName, sha256, startedAt);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public async Task<long> RecordAttemptAsync(FileAttempt attempt, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        // An attempt with no findings (a duplicate, a failure) is one statement; findings go in its transaction.
        if (attempt.Findings.Count > 0) await session.BeginAsync(cancellation);
        var p = Dialect;
        var loadId = await session.ScalarAsync<long>("INSERT INTO etl.file_load (run_id, file_name, sha256, district_code, year, status, errors, warnings, " +
                                                     "rows_loaded, started_at, finished_at, province_code, reporting_unit) VALUES " +
                                                     $"({p["RunId"]}, {p["FileName"]}, {p["Sha256"]}, {p["DistrictCode"]}, {p["Year"]}, {p["Status"]}, " +
                                                     $"{p["Errors"]}, {p["Warnings"]}, 0, {p["StartedAt"]}, {p["FinishedAt"]}, {p["ProvinceCode"]}, {p["ReportingUnit"]}) " +
                                                     "RETURNING load_id",
            new { attempt.RunId, attempt.FileName, attempt.Sha256, attempt.DistrictCode, attempt.Year, Status = attempt.Status.Code(),
                attempt.Errors, attempt.Warnings, attempt.StartedAt, attempt.FinishedAt, attempt.ProvinceCode, attempt.ReportingUnit }, cancellation);
        WriteFindings(session, loadId, attempt.Findings);
        if (session.Transaction is not null) await session.CommitAsync(cancellation);
        return loadId;
    }

    /// <summary>
    /// The commune figures of current loads, straight from the fact table: the rules need neither the
    /// mart view's names nor its persons, whose sum over every household of the warehouse would make
    /// each file's check cost more than its load as the warehouse grows (627 ms a file after 200 files).
    /// </summary>
    private const string CurrentCommuneFigures =
        "FROM dw.fact_commune_year f JOIN etl.file_load l ON l.load_id = f.load_id AND l.status = 'loaded' " +
        "JOIN dw.dim_geography g ON g.geography_key = f.geography_key JOIN dw.dim_year y ON y.year_key = f.year_key ";

    public async Task<WarehouseRuleFigures> WarehouseRuleFiguresAsync(IReadOnlyCollection<string> communeCodes, int year, string reportingUnit,
        CancellationToken cancellation)
    {
        if (communeCodes.Count == 0) return WarehouseRuleFigures.None;
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        // Across the reform, post-reform codes go through the series view, which maps them onto the old communes honestly.
        var lastYearEnd = AdministrativeEra.ForYear(year) != AdministrativeEra.ForYear(year - 1)
            ? "SELECT 'last_year' AS figure, commune_code, NULL AS reporting_unit, NULL AS file_name, NULL AS load_id, poor_end, near_poor_end " +
              $"FROM mart.poverty_commune_series WHERE year = {p["lastYear"]} AND comparable AND {p.In("commune_code", "codes")}"
            : "SELECT 'last_year' AS figure, g.commune_code, NULL AS reporting_unit, NULL AS file_name, NULL AS load_id, f.poor_end, f.near_poor_end " +
              CurrentCommuneFigures + $"WHERE y.year = {p["lastYear"]} AND {p.In("g.commune_code", "codes")}";
        var rows = await session.RowsAsync("SELECT 'elsewhere' AS figure, g.commune_code, l.reporting_unit, l.file_name, l.load_id, NULL AS poor_end, NULL AS near_poor_end " +
                                           CurrentCommuneFigures +
                                           $"WHERE y.year = {p["year"]} AND {p.In("g.commune_code", "codes")} " +
                                           $"AND (l.reporting_unit IS NULL OR l.reporting_unit <> {p["reportingUnit"]}) " +
                                           "UNION ALL " + lastYearEnd,
            new { year, lastYear = year - 1, codes = communeCodes.ToArray(), reportingUnit }, cancellation);
        return new WarehouseRuleFigures(
            [.. rows.Where(r => r.Text("figure") == "elsewhere")
                .Select(r => new CommuneReportedElsewhere(r.Text("commune_code"), r.NullableText("reporting_unit"), r.Text("file_name"), r.Long("load_id")))],
            [.. rows.Where(r => r.Text("figure") == "last_year")
                .Select(r => new YearEndStocks(r.Text("commune_code"), r.Long("poor_end"), r.Long("near_poor_end")))]);
    }

    private static FileLoadRecord ToFileLoad(Row r) => new(r.Long("load_id"), r.Text("run_id"), r.Text("file_name"), r.Text("sha256"),
        r.NullableText("district_code"), r.NullableInt("year"), LoadStatusCodes.FromCode(r.Text("status")), r.Int("errors"), r.Int("warnings"), r.Long("rows_loaded"),
        r.Time("started_at"), r.NullableTime("finished_at")) { ReportingUnit = r.NullableText("reporting_unit") };
}
