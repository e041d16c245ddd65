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
        await session.BeginAsync(cancellation);
        var loadId = await session.ScalarAsync<long>("SELECT nextval('etl.load_id_seq')", null, cancellation);
        var p = Dialect;
        await session.ExecuteAsync($"INSERT INTO etl.file_load ({FileLoadColumns}, province_code, reporting_unit) VALUES " +
                                   $"({p["loadId"]}, {p["RunId"]}, {p["FileName"]}, {p["Sha256"]}, {p["DistrictCode"]}, {p["Year"]}, {p["Status"]}, " +
                                   $"{p["Errors"]}, {p["Warnings"]}, 0, {p["StartedAt"]}, {p["FinishedAt"]}, {p["ProvinceCode"]}, {p["ReportingUnit"]})",
            new { loadId, attempt.RunId, attempt.FileName, attempt.Sha256, attempt.DistrictCode, attempt.Year, Status = attempt.Status.Code(),
                attempt.Errors, attempt.Warnings, attempt.StartedAt, attempt.FinishedAt, attempt.ProvinceCode, attempt.ReportingUnit }, cancellation);
        WriteFindings(session, loadId, attempt.Findings);
        await session.CommitAsync(cancellation);
        return loadId;
    }

    public async Task<IReadOnlyList<YearEndStocks>> YearEndStocksAsync(IReadOnlyCollection<string> communeCodes, int year, int unitsOfYear,
        CancellationToken cancellation)
    {
        if (communeCodes.Count == 0) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        // Post-reform codes go through the series view, which maps them onto the old communes honestly.
        var sql = AdministrativeEra.ForYear(unitsOfYear) == AdministrativeEra.FromReform
            ? $"SELECT commune_code, poor_end, near_poor_end FROM mart.poverty_commune_series WHERE year = {p["year"]} AND comparable AND {p.In("commune_code", "codes")}"
            : $"SELECT commune_code, poor_end, near_poor_end FROM mart.poverty_commune_year WHERE year = {p["year"]} AND {p.In("commune_code", "codes")}";
        return [.. (await session.RowsAsync(sql, new { year, codes = communeCodes.ToArray() }, cancellation))
            .Select(r => new YearEndStocks(r.Text("commune_code"), r.Long("poor_end"), r.Long("near_poor_end")))];
    }

    public async Task<IReadOnlyList<CommuneReportedElsewhere>> CommunesReportedElsewhereAsync(IReadOnlyCollection<string> communeCodes, int year,
        string reportingUnit, CancellationToken cancellation)
    {
        if (communeCodes.Count == 0) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        return [.. (await session.RowsAsync("SELECT m.commune_code, l.reporting_unit, l.file_name, l.load_id FROM mart.poverty_commune_year m " +
                                            "JOIN etl.file_load l ON l.load_id = m.load_id " +
                                            $"WHERE m.year = {p["year"]} AND {p.In("m.commune_code", "codes")} " +
                                            $"AND (l.reporting_unit IS NULL OR l.reporting_unit <> {p["reportingUnit"]})",
                new { year, codes = communeCodes.ToArray(), reportingUnit }, cancellation))
            .Select(r => new CommuneReportedElsewhere(r.Text("commune_code"), r.NullableText("reporting_unit"), r.Text("file_name"), r.Long("load_id")))];
    }

    private static FileLoadRecord ToFileLoad(Row r) => new(r.Long("load_id"), r.Text("run_id"), r.Text("file_name"), r.Text("sha256"),
        r.NullableText("district_code"), r.NullableInt("year"), LoadStatusCodes.FromCode(r.Text("status")), r.Int("errors"), r.Int("warnings"), r.Long("rows_loaded"),
        r.Time("started_at"), r.NullableTime("finished_at")) { ReportingUnit = r.NullableText("reporting_unit") };
}
