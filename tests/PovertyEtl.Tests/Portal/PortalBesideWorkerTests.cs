using System.Net;
using System.Text.Json;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Portal;

/// <summary>
/// <c>worker --serve</c>: the portal and the scheduled worker in one process, so an accepted
/// upload is loaded by the next scheduled run without anyone touching a file.
/// </summary>
public sealed class PortalBesideWorkerTests
{
    [Fact]
    public async Task AnUploadAcceptedByThePortalIsLoadedByTheWorkersNextScheduledRun()
    {
        using var server = new PortalServer(TestWarehouse.DuckDb, new Dictionary<string, string>
        {
            ["POVERTYETL__Schedule__IngestCron"] = "0/2 * * * * ?",
            ["POVERTYETL__Schedule__TimeZone"] = "UTC",
        }, besideWorker: true);
        using var client = server.Client("cb849");

        var answer = await client.PostAsync("/api/submissions", PortalServer.Upload(TidyReport.Create().ToBytes(), "bao-cao.xlsx"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal("accepted", json.RootElement.GetProperty("outcome").GetString());
        var id = json.RootElement.GetProperty("submission_id").GetString()!;

        var status = "queued";
        var giveUp = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (status == "queued" && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(500);
            using var now = JsonDocument.Parse(await client.GetStringAsync($"/api/submissions/{id}"));
            status = now.RootElement.GetProperty("status").GetString()!;
        }
        Assert.True(status == "loaded", $"status {status}\n{server.Output}");
        Assert.Empty(Directory.GetFiles(Path.Combine(server.Folder, "data", "inbox")));
    }
}
