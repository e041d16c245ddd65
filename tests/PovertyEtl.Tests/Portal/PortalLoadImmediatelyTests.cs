using System.Net;
using System.Text.Json;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Portal;

/// <summary><c>Portal:LoadImmediately=true</c>: an accepted report is loaded through the ingest pipeline before the answer.</summary>
public sealed class PortalLoadImmediatelyTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task AnAcceptedReportIsLoadedInTheAnswer(string engine)
    {
        using var server = new PortalServer(engine, new Dictionary<string, string> { ["POVERTYETL__Portal__LoadImmediately"] = "true" });
        using var client = server.Client("cb849");
        var report = TidyReport.Create().ToBytes();
        var answer = await client.PostAsync("/api/submissions", PortalServer.Upload(report, "bao-cao.xlsx"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal("accepted", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("loaded", json.RootElement.GetProperty("status").GetString());
        Assert.Empty(Directory.GetFiles(Path.Combine(server.Folder, "data", "inbox")));

        // The same bytes again: nothing to load, and the answer says so.
        using var again = JsonDocument.Parse(await (await client.PostAsync("/api/submissions", PortalServer.Upload(report, "lai.xlsx"))).Content.ReadAsStringAsync());
        Assert.Equal("accepted", again.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("duplicate", again.RootElement.GetProperty("status").GetString());
    }
}
