using PovertyEtl.Domain.Reports;
using PovertyEtl.Validation;
using PovertyEtl.Warehouse.Dimensions;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Ports;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// One file's transaction. Households go straight into <c>dw.fact_household_year</c> under the
/// new load id as the validator streams them (binary COPY / appender): no BI view shows them
/// until the load's history row says <c>loaded</c>, which only <see cref="CommitAsync"/> writes, in the
/// same transaction as the supersession of the previous load of the same reporting unit and year. ID numbers arrive already hashed
/// by the pipeline (<c>IdNumberHasher</c>), or not at all.
/// </summary>
internal sealed class FileLoad(SqlWarehouse warehouse, SqlSession session, DimensionKeys keys, long loadId,
    string runId, string fileName, string sha256, DateTimeOffset startedAt) : IFileLoad
{
    private IBulkWriter? _households;
    private int? _year;
    private long _householdRows;
    private HouseholdTallies? _tallies;

    public long LoadId { get; } = loadId;

    public void Begin(ReportInfo info)
    {
        _year = info.Year?.Value;
        if (_year is { } year) _tallies = new HouseholdTallies(year, keys.DimensionsOf(year));
        _households = session.Bulk("dw.fact_household_year", "load_id", "geography_key", "year_key", "category_key", "ethnicity_key",
            "household_code", "id_hash", "members", "area", "income_per_capita_vnd", "change_code", "deprivations", "deprivation_count", "source_row");
    }

    public void Add(Household h)
    {
        // A row with a missing required value belongs to a file that will be rejected: nothing of it will stay.
        if (_households is null || _year is null || h is not { HouseholdCode: { } code, Members: { } members, Category: { } category, IncomePerCapitaVnd: { } income })
            return;
        var (geography, categoryKey, ethnicity, count) = (keys.Geography(h.CommuneCode, _year), keys.Category(category.Code()), keys.Ethnicity(h.EthnicityCode),
            (short)h.DeprivationCount);
        _households.Row(LoadId, geography, _year.Value, categoryKey, ethnicity,
            code, h.IdNumber, members, (h.Area ?? Area.Rural).Code(), decimal.Round(income, 2), h.Change,
            h.Deprivations, count, h.Row);
        _tallies?.Add(geography, categoryKey, ethnicity, members, h.Deprivations, count);
        _householdRows++;
    }

    public async Task<LoadedFile> CommitAsync(AcceptedReport report, DateTimeOffset finishedAt, SharedRunPlace? inSharedRun, CancellationToken cancellation)
    {
        var district = report.DistrictCode;
        var unit = report.ReportingUnit;
        var province = report.ProvinceCode;
        var year = report.Year;
        _households?.Complete();
        var p = session.Dialect;

        await warehouse.LockReportingUnitYearAsync(session, unit, year, cancellation);
        var (sameBytes, previous) = await LoadsBesideAsync(unit, year, cancellation);
        if (sameBytes is { } other) return new LoadedFile(LoadId, null, 0, DuplicateOf: other);
        var overtakenBy = previous is { } existing && inSharedRun is not null && await IsLaterInSharedRunAsync(existing, inSharedRun, cancellation)
            ? previous : null;
        if (overtakenBy is null && previous is { } old)
            await session.ExecuteAsync($"UPDATE etl.file_load SET status = {p["superseded"]}, superseded_by = {p["LoadId"]} WHERE load_id = {p["old"]}",
                new { superseded = LoadStatus.Superseded.Code(), LoadId, old }, cancellation);

        var rows = _householdRows + WriteCommunes(report, year) + WriteSupport(report, year);
        _tallies?.Write(session, LoadId);
        await session.ExecuteAsync("INSERT INTO etl.file_load (load_id, run_id, file_name, sha256, district_code, province_code, reporting_unit, year, status, " +
                                   $"errors, warnings, rows_loaded, started_at, finished_at, superseded_by) VALUES ({p["LoadId"]}, {p["runId"]}, {p["fileName"]}, {p["sha256"]}, " +
                                   $"{p["district"]}, {p["province"]}, {p["unit"]}, {p["year"]}, {p["loaded"]}, {p["errors"]}, {p["warnings"]}, {p["rows"]}, " +
                                   $"{p["startedAt"]}, {p["finishedAt"]}, {p["overtakenBy"]})",
            new { LoadId, runId, fileName, sha256, district, province, unit, year,
                loaded = (overtakenBy is null ? LoadStatus.Loaded : LoadStatus.Superseded).Code(), errors = 0,
                warnings = report.Warnings, rows, startedAt, finishedAt, overtakenBy }, cancellation);
        if (inSharedRun is not null)
            await session.ExecuteAsync("INSERT INTO etl.file_load_inbox_place (load_id, shared_run_id, written_at) " +
                                       $"VALUES ({p["LoadId"]}, {p["SharedRunId"]}, {p["WrittenAt"]})",
                new { LoadId, inSharedRun.SharedRunId, inSharedRun.Place.WrittenAt }, cancellation);
        SqlWarehouse.WriteFindings(session, LoadId, report.Findings);
        await session.CommitAsync(cancellation);
        return overtakenBy is null ? new LoadedFile(LoadId, previous, rows) : new LoadedFile(LoadId, null, rows) { SupersededBy = overtakenBy };
    }

    /// <summary>Whether the current load <paramref name="current"/> is of the same shared run and its file sits later in the inbox than this one.</summary>
    private async Task<bool> IsLaterInSharedRunAsync(long current, SharedRunPlace inSharedRun, CancellationToken cancellation)
    {
        var p = session.Dialect;
        var place = (await session.RowsAsync("SELECT o.written_at, l.file_name FROM etl.file_load_inbox_place o JOIN etl.file_load l ON l.load_id = o.load_id " +
                                             $"WHERE o.load_id = {p["current"]} AND o.shared_run_id = {p["SharedRunId"]}",
                new { current, inSharedRun.SharedRunId }, cancellation))
            .Select(r => new InboxPlace(r.Time("written_at"), r.Text("file_name")))
            .ToList();
        return place is [var theirs] && theirs > inSharedRun.Place;
    }

    /// <summary>
    /// In one statement, under the reporting unit's lock: a load of these same bytes (the file is then
    /// a duplicate, whatever else is found), and the current load of the reporting unit and year,
    /// which this one supersedes.
    /// </summary>
    private async Task<(long? SameBytes, long? Current)> LoadsBesideAsync(string unit, int year, CancellationToken cancellation)
    {
        var p = session.Dialect;
        var rows = await session.RowsAsync(
            $"SELECT load_id, sha256 = {p["sha256"]} AS same_bytes FROM etl.file_load " +
            $"WHERE (sha256 = {p["sha256"]} AND status IN ({p["loaded"]}, {p["superseded"]})) " +
            $"OR (reporting_unit = {p["unit"]} AND year = {p["year"]} AND status = {p["loaded"]})",
            new { sha256, unit, year, loaded = LoadStatus.Loaded.Code(), superseded = LoadStatus.Superseded.Code() }, cancellation);
        var sameBytes = rows.FirstOrDefault(r => r.Bool("same_bytes"))?.Long("load_id");
        var current = rows.Where(r => !r.Bool("same_bytes")).Select(r => (long?)r.Long("load_id")).FirstOrDefault();
        return (sameBytes, current);
    }

    private long WriteCommunes(AcceptedReport report, int year)
    {
        using var writer = session.Bulk("dw.fact_commune_year", "load_id", "geography_key", "year_key", "source_row", "total_households",
            "poor_start", "poor_escaped", "poor_new", "poor_returned", "poor_end", "poor_rate_pct_stated",
            "near_poor_start", "near_poor_escaped", "near_poor_new", "near_poor_end", "near_poor_rate_pct_stated",
            "poor_ethnic_minority_end", "poor_no_labour_end", "near_poor_no_labour_end");
        foreach (var c in report.Communes)
            writer.Row(LoadId, keys.Geography(c.CommuneCode, year), year, c.Row, c.TotalHouseholds, c.PoorStart, c.PoorEscaped, c.PoorNew,
                c.PoorReturned, c.PoorEnd, Rate(c.PoorRatePct), c.NearPoorStart, c.NearPoorEscaped, c.NearPoorNew, c.NearPoorEnd,
                Rate(c.NearPoorRatePct), c.PoorEthnicMinorityEnd, c.PoorNoLabourEnd, c.NearPoorNoLabourEnd);
        writer.Complete();
        return report.Communes.Count;
    }

    private long WriteSupport(AcceptedReport report, int year)
    {
        using var writer = session.Bulk("dw.fact_support_year", "load_id", "geography_key", "year_key", "program_key", "beneficiaries",
            "amount_million_vnd", "source_row", "beneficiary_unit");
        foreach (var s in report.SupportLines)
            writer.Row(LoadId, keys.Geography(s.CommuneCode, year), year, keys.Program(s.ProgramCode), s.Beneficiaries,
                s.AmountMillionVnd is { } amount ? decimal.Round(amount, 4) : null, s.Row, s.BeneficiaryUnit.Code());
        writer.Complete();
        return report.SupportLines.Count;
    }

    private static decimal? Rate(decimal? stated) => stated is { } rate ? decimal.Round(rate, 4) : null;

    /// <summary>Without a commit, the transaction rolls back: nothing of the file stays.</summary>
    public void Dispose()
    {
        _households?.Dispose();
        _households = null;
        session.Dispose();
    }
}
