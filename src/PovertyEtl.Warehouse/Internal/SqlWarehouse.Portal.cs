using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>The portal's store (<see cref="IPortalStore"/>): accounts, submissions, their findings and the audit trail, in schema <c>portal</c>.</summary>
internal abstract partial class SqlWarehouse
{
    private const string AccountColumns = "login, unit_code, role, password_hash, disabled, failed_sign_ins, locked_until, created_at";

    private const string SubmissionColumns = "s.submission_id, s.login, s.submitted_at, s.original_name, s.sha256, s.reporting_unit, s.year, s.outcome, s.status, " +
                                             "s.errors, s.warnings, s.stored_path, s.annotated_path, s.inbox_name";

    // A queued file's fate is the load history's latest word on the file under the name it was placed with.
    private const string LoadStatusOfSubmission =
        "(SELECT l.status FROM etl.file_load l WHERE l.sha256 = s.sha256 AND l.file_name = s.inbox_name ORDER BY l.load_id DESC LIMIT 1) AS load_status";

    public async Task<PortalAccount?> FindAccountAsync(string login, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var rows = await session.RowsAsync($"SELECT {AccountColumns} FROM portal.account WHERE login = {Dialect["login"]}", new { login }, cancellation);
        return rows.Select(ToAccount).FirstOrDefault();
    }

    public async Task<IReadOnlyList<PortalAccount>> AccountsAsync(CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        return [.. (await session.RowsAsync($"SELECT {AccountColumns} FROM portal.account ORDER BY login", null, cancellation)).Select(ToAccount)];
    }

    public async Task<bool> AddAccountAsync(PortalAccount account, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        await session.BeginAsync(cancellation);
        var taken = await session.ScalarAsync<long>($"SELECT count(*) FROM portal.account WHERE login = {p["Login"]}", new { account.Login }, cancellation);
        if (taken > 0) return false;
        await session.ExecuteAsync($"INSERT INTO portal.account ({AccountColumns}) VALUES ({p["Login"]}, {p["UnitCode"]}, {p["Role"]}, {p["PasswordHash"]}, " +
                                   $"{p["Disabled"]}, 0, NULL, {p["CreatedAt"]})",
            new { account.Login, account.UnitCode, Role = account.Role.Code(), account.PasswordHash, account.Disabled, account.CreatedAt }, cancellation);
        await session.CommitAsync(cancellation);
        return true;
    }

    public async Task<bool> DisableAccountAsync(string login, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        return await session.ExecuteAsync($"UPDATE portal.account SET disabled = true WHERE login = {Dialect["login"]}", new { login }, cancellation) > 0;
    }

    public async Task<bool> SetPasswordHashAsync(string login, string passwordHash, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        return await session.ExecuteAsync($"UPDATE portal.account SET password_hash = {p["passwordHash"]}, failed_sign_ins = 0, locked_until = NULL " +
                                          $"WHERE login = {p["login"]}", new { login, passwordHash }, cancellation) > 0;
    }

    public async Task RecordFailedSignInAsync(string login, DateTimeOffset? lockedUntil, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        // A lock-out starts the count again: the next failures after it ends count towards the next one.
        await session.ExecuteAsync(lockedUntil is null
                ? $"UPDATE portal.account SET failed_sign_ins = failed_sign_ins + 1 WHERE login = {p["login"]}"
                : $"UPDATE portal.account SET failed_sign_ins = 0, locked_until = {p["lockedUntil"]} WHERE login = {p["login"]}",
            new { login, lockedUntil }, cancellation);
    }

    public async Task RecordGoodSignInAsync(string login, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        await session.ExecuteAsync($"UPDATE portal.account SET failed_sign_ins = 0, locked_until = NULL WHERE login = {Dialect["login"]}", new { login }, cancellation);
    }

    public async Task AddSubmissionAsync(SubmissionRecord s, IReadOnlyList<Finding> findings, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        await session.BeginAsync(cancellation);
        await session.ExecuteAsync("INSERT INTO portal.submission (submission_id, login, submitted_at, original_name, sha256, reporting_unit, year, outcome, status, " +
                                   "errors, warnings, stored_path, annotated_path, inbox_name) VALUES " +
                                   $"({p["SubmissionId"]}, {p["Login"]}, {p["SubmittedAt"]}, {p["OriginalName"]}, {p["Sha256"]}, {p["ReportingUnit"]}, {p["Year"]}, " +
                                   $"{p["Outcome"]}, {p["Status"]}, {p["Errors"]}, {p["Warnings"]}, {p["StoredPath"]}, {p["AnnotatedPath"]}, {p["InboxName"]})",
            new { s.SubmissionId, s.Login, s.SubmittedAt, s.OriginalName, s.Sha256, s.ReportingUnit, s.Year, s.Outcome, s.Status, s.Errors, s.Warnings,
                s.StoredPath, s.AnnotatedPath, s.InboxName }, cancellation);
        using (var writer = session.Bulk("portal.finding", "submission_id", "ordinal", "sheet", "cell", "rule", "severity", "message"))
        {
            var ordinal = 0;
            foreach (var f in findings) writer.Row(s.SubmissionId, ordinal++, f.Sheet, f.Cell, f.Rule, f.Severity.Code(), f.Message);
            writer.Complete();
        }
        await session.CommitAsync(cancellation);
    }

    public async Task<SubmissionRecord?> FindSubmissionAsync(string submissionId, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var rows = await session.RowsAsync($"SELECT {SubmissionColumns}, {LoadStatusOfSubmission} FROM portal.submission s " +
                                           $"WHERE s.submission_id = {Dialect["submissionId"]}", new { submissionId }, cancellation);
        return rows.Select(ToSubmission).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Finding>> FindingsOfAsync(string submissionId, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var rows = await session.RowsAsync("SELECT sheet, cell, rule, severity, message FROM portal.finding " +
                                           $"WHERE submission_id = {Dialect["submissionId"]} ORDER BY ordinal", new { submissionId }, cancellation);
        return [.. rows.Select(r => new Finding(r.Text("rule"), SeverityOf(r.Text("severity")), r.Text("sheet"), r.Text("cell"), string.Empty, r.Text("message"), string.Empty))];
    }

    public async Task<IReadOnlyList<SubmissionRecord>> SubmissionsAsync(string? login, IReadOnlyCollection<string>? reportingUnits, int limit,
        CancellationToken cancellation)
    {
        if (reportingUnits is { Count: 0 } && login is null) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        var where = (login, reportingUnits) switch
        {
            ({ }, { Count: > 0 }) => $"(s.login = {p["login"]} OR {p.In("s.reporting_unit", "units")})",
            ({ }, _) => $"s.login = {p["login"]}",
            _ => p.In("s.reporting_unit", "units"),
        };
        var rows = await session.RowsAsync($"SELECT {SubmissionColumns}, {LoadStatusOfSubmission} FROM portal.submission s WHERE {where} " +
                                           $"ORDER BY s.submitted_at DESC, s.submission_id LIMIT {limit}",
            new { login, units = reportingUnits?.ToArray() ?? [] }, cancellation);
        return [.. rows.Select(ToSubmission)];
    }

    public async Task<IReadOnlyList<UnitLoad>> LatestLoadsAsync(IReadOnlyCollection<string> reportingUnits, int year, CancellationToken cancellation)
    {
        if (reportingUnits.Count == 0) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        var rows = await session.RowsAsync("SELECT reporting_unit, status, errors, warnings, started_at FROM etl.file_load " +
                                           $"WHERE year = {p["year"]} AND {p.In("reporting_unit", "units")} ORDER BY load_id",
            new { year, units = reportingUnits.ToArray() }, cancellation);
        return [.. rows.GroupBy(r => r.Text("reporting_unit"), StringComparer.Ordinal)
            .Select(g => g.Last())
            .Select(r => new UnitLoad(r.Text("reporting_unit"), r.Text("status"), r.Int("errors"), r.Int("warnings"), r.Time("started_at")))];
    }

    public async Task AuditAsync(AuditEntry e, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        await session.ExecuteAsync("INSERT INTO portal.audit (occurred_at, login, action, outcome, remote_address, detail) VALUES " +
                                   $"({p["At"]}, {p["Login"]}, {p["Action"]}, {p["Outcome"]}, {p["RemoteAddress"]}, {p["Detail"]})",
            new { e.At, e.Login, e.Action, e.Outcome, e.RemoteAddress, e.Detail }, cancellation);
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(int limit, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var rows = await session.RowsAsync($"SELECT occurred_at, login, action, outcome, remote_address, detail FROM portal.audit ORDER BY occurred_at DESC LIMIT {limit}", null, cancellation);
        return [.. rows.Select(r => new AuditEntry(r.Time("occurred_at"), r.Text("login"), r.Text("action"), r.Text("outcome"), r.NullableText("remote_address"), r.NullableText("detail")))];
    }

    public async Task<PortalMetrics> MetricsAsync(CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var files = (await session.RowsAsync("SELECT status, count(*) AS n FROM etl.file_load GROUP BY status", null, cancellation))
            .ToDictionary(r => r.Text("status"), r => r.Long("n"), StringComparer.Ordinal);
        var runs = (await session.RowsAsync("SELECT started_at, finished_at FROM etl.run WHERE finished_at IS NOT NULL", null, cancellation))
            .Select(r => r.Time("finished_at") - r.Time("started_at")).ToList();
        var submissions = (await session.RowsAsync("SELECT outcome, count(*) AS n FROM portal.submission GROUP BY outcome", null, cancellation))
            .ToDictionary(r => r.Text("outcome"), r => r.Long("n"), StringComparer.Ordinal);
        return new PortalMetrics(files, runs, submissions);
    }

    public async Task PingAsync(CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        await session.ScalarAsync<long>("SELECT count(*) FROM portal.account", null, cancellation);
    }

    private static PortalAccount ToAccount(Row r) => new(r.Text("login"), r.Text("unit_code"),
        AccountRoleCodes.FromCode(r.Text("role")) ?? throw new InvalidDataException($"portal.account.role '{r.Text("role")}' is not a role this version knows"),
        r.Text("password_hash"), r.Bool("disabled"), r.Int("failed_sign_ins"), r.NullableTime("locked_until"), r.Time("created_at"));

    private static SubmissionRecord ToSubmission(Row r) => new(r.Text("submission_id"), r.Text("login"), r.Time("submitted_at"), r.Text("original_name"),
        r.Text("sha256"), r.NullableText("reporting_unit"), r.NullableInt("year"), r.Text("outcome"), r.Text("status"), r.Int("errors"), r.Int("warnings"),
        r.Text("stored_path"), r.NullableText("annotated_path"), r.NullableText("inbox_name")) { LoadStatus = r.NullableText("load_status") };

    private static Severity SeverityOf(string code) => code switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };
}
