using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PovertyEtl.Portal.Accounts;
using PovertyEtl.Portal.Submissions;
using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Web;

/// <summary>
/// <c>GET /board?year=YYYY</c>, for province and admin accounts: who has reported for the year.
/// Up to 2024 one row per district of the province; from 2025 one row for the province's own
/// report, and one for each commune that sent a report of its own (a province's report covers
/// its communes, so a commune without one is not missing). Each row's status is the latest word
/// on the unit: its newest submission (followed into the load history) or load attempt, or <c>missing</c>.
/// </summary>
internal static class BoardPage
{
    public static void Map(WebApplication app) => app.MapGet("/board", ShowAsync);

    private sealed record Row(string Unit, string Status, int Errors, int Warnings, DateTimeOffset? At);

    private static async Task<IResult> ShowAsync(HttpContext context, PortalWarehouses warehouses, ReferenceData reference, TimeProvider time)
    {
        var year = int.TryParse(context.Request.Query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? asked : time.GetLocalNow().Year;
        var (account, rows) = await warehouses.UseAsync(async store =>
        {
            var account = await Visitor.FromCookieAsync(context, store, context.RequestAborted);
            if (account is null || account.Role == AccountRole.Officer || AccountUnit.Find(account.UnitCode, reference) is not { } unit) return (account, (List<Row>?)null);
            return (account, await RowsAsync(store, unit, year, context.RequestAborted));
        }, context.RequestAborted);
        if (account is null) return Results.Redirect("/signin");
        var who = Visitor.Describe(account, reference);
        var token = PortalForms.TokenInput(context);
        if (rows is null) return Html.Error(403, "Bảng theo dõi chỉ dành cho tài khoản cấp tỉnh và quản trị.", who, token);

        var table = new StringBuilder();
        foreach (var row in rows)
        {
            table.Append(CultureInfo.InvariantCulture, $"<tr data-unit=\"{Html.E(row.Unit)}\" data-status=\"{Html.E(row.Status)}\">")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.E(AccountUnit.Describe(row.Unit, reference))}</td><td>{Html.E(SubmissionPages.StatusText(row.Status))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(row.At is null ? "—" : row.Errors.ToString(CultureInfo.InvariantCulture))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(row.At is null ? "—" : row.Warnings.ToString(CultureInfo.InvariantCulture))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.E(row.At is { } at ? SubmissionPages.Time(at) : "—")}</td></tr>\n");
        }
        var missing = rows.Where(r => r.Status == SubmissionStatus.Missing).ToList();
        var body = $"<form method=\"get\" action=\"/board\" class=\"stack\"><label>Năm <input type=\"number\" name=\"year\" value=\"{year}\" min=\"2000\" max=\"2100\"></label>" +
                   "<button type=\"submit\">Xem</button></form>\n" +
                   $"<p id=\"missing\" data-count=\"{missing.Count}\">Chưa nộp: {missing.Count} / {rows.Count} đơn vị" +
                   (missing.Count == 0 ? "." : ": " + Html.E(string.Join(", ", missing.Select(m => AccountUnit.Describe(m.Unit, reference)))) + ".") + "</p>\n" +
                   "<div class=\"scroll\"><table id=\"board\"><thead><tr><th>Đơn vị</th><th>Trạng thái</th><th>Lỗi</th><th>Cảnh báo</th><th>Thời gian</th></tr></thead><tbody>\n" +
                   table + "</tbody></table></div>";
        return Html.Page($"Theo dõi nộp báo cáo năm {year}", body, who, token);
    }

    private static async Task<List<Row>> RowsAsync(IPortalStore store, AccountUnit unit, int year, CancellationToken cancellation)
    {
        var postReform = year >= AdministrativeEra.FirstPostReformYear;
        var candidates = unit.ReportingUnits.Where(u => postReform ? u.Length is 2 or 5 : u.Length == 3).ToList();
        var loads = (await store.LatestLoadsAsync(candidates, year, cancellation)).ToDictionary(l => l.ReportingUnit, StringComparer.Ordinal);
        var submissions = (await store.SubmissionsAsync(null, candidates, 1000, cancellation)).Where(s => s.Year == year && s.ReportingUnit is not null)
            .GroupBy(s => s.ReportingUnit!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        IEnumerable<string> expected = postReform
            ? [.. unit.ProvinceAfter is { } province ? [province] : Array.Empty<string>(), .. candidates.Where(c => c.Length == 5 && (loads.ContainsKey(c) || submissions.ContainsKey(c)))]
            : candidates;
        return [.. expected.Distinct(StringComparer.Ordinal).OrderBy(u => u.Length).ThenBy(u => u, StringComparer.Ordinal).Select(u => Latest(u, loads, submissions))];
    }

    private static Row Latest(string unit, Dictionary<string, UnitLoad> loads, Dictionary<string, SubmissionRecord> submissions)
    {
        var load = loads.GetValueOrDefault(unit);
        var sent = submissions.GetValueOrDefault(unit);
        if (sent is not null && (load is null || sent.SubmittedAt >= load.At))
            return new Row(unit, SubmissionStatus.Of(sent), sent.Errors, sent.Warnings, sent.SubmittedAt);
        return load is not null ? new Row(unit, load.Status, load.Errors, load.Warnings, load.At) : new Row(unit, SubmissionStatus.Missing, 0, 0, null);
    }
}
