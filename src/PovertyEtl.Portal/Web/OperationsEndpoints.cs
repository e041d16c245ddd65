using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Portal.Web;

/// <summary>
/// For the people who run it: <c>/healthz</c> (200 when the warehouse answers, 503 otherwise),
/// <c>/metrics</c> (Prometheus text: file attempts by status from <c>etl.file_load</c>, finished
/// runs' durations, submissions by outcome), and the stylesheet.
/// </summary>
internal static class OperationsEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/healthz", HealthAsync);
        app.MapGet("/metrics", MetricsAsync);
        app.MapGet("/site.css", () => Results.Text(SiteCss.Text, "text/css; charset=utf-8"));
    }

    private static async Task<IResult> HealthAsync(HttpContext context, PortalWarehouses warehouses)
    {
        try
        {
            await warehouses.UseAsync(store => store.PingAsync(context.RequestAborted), context.RequestAborted);
            return Results.Text("ok\n", "text/plain; charset=utf-8");
        }
        catch (Exception e) when (e is WarehouseUnreachableException || TransientFaults.IsTransient(e) || e is System.Data.Common.DbException)
        {
            return Results.Text("warehouse unreachable\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> MetricsAsync(HttpContext context, PortalWarehouses warehouses)
    {
        var metrics = await warehouses.UseAsync(store => store.MetricsAsync(context.RequestAborted), context.RequestAborted);
        var text = new StringBuilder();
        text.Append("# HELP povertyetl_files_total File attempts recorded in etl.file_load, by status.\n# TYPE povertyetl_files_total counter\n");
        foreach (var status in new[] { "loaded", "rejected", "duplicate", "superseded", "failed" })
            text.Append(CultureInfo.InvariantCulture, $"povertyetl_files_total{{status=\"{status}\"}} {metrics.FilesByStatus.GetValueOrDefault(status)}\n");
        text.Append("# HELP povertyetl_run_duration_seconds Duration of finished ingest runs (etl.run).\n# TYPE povertyetl_run_duration_seconds summary\n")
            .Append(CultureInfo.InvariantCulture, $"povertyetl_run_duration_seconds_sum {metrics.RunDurations.Sum(d => d.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture)}\n")
            .Append(CultureInfo.InvariantCulture, $"povertyetl_run_duration_seconds_count {metrics.RunDurations.Count}\n");
        text.Append("# HELP povertyetl_portal_submissions_total Reports sent through the portal, by outcome.\n# TYPE povertyetl_portal_submissions_total counter\n");
        foreach (var outcome in new[] { "accepted", "rejected" })
            text.Append(CultureInfo.InvariantCulture, $"povertyetl_portal_submissions_total{{outcome=\"{outcome}\"}} {metrics.SubmissionsByOutcome.GetValueOrDefault(outcome)}\n");
        return Results.Text(text.ToString(), "text/plain; version=0.0.4; charset=utf-8");
    }
}
