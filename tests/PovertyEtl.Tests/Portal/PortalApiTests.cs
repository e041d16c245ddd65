using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Portal;

/// <summary>
/// The portal's API end to end against a real <c>serve</c> process, on each engine: what an
/// officer's upload answers, where an accepted report goes, and what is refused.
/// </summary>
public abstract class PortalApiTests(PortalServer server)
{
    private static readonly byte[] BrokenReport = TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).ToBytes();

    [Fact]
    public async Task ABrokenReportIsRejectedWithEveryFindingAndItsAnnotatedCopyDownloads()
    {
        using var client = server.Client("cb849");
        var answer = await client.PostAsync("/api/submissions", PortalServer.Upload(BrokenReport, "bao-cao-sai.xlsx"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("rejected", root.GetProperty("outcome").GetString());
        Assert.Equal("rejected", root.GetProperty("status").GetString());
        Assert.Equal("bao-cao-sai.xlsx", root.GetProperty("file").GetString());
        Assert.Equal("849", root.GetProperty("reporting_unit").GetString());
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var error = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "POOR_EXCEEDS_TOTAL");
        Assert.Equal(TidyReport.TongHop, error.GetProperty("sheet").GetString());
        Assert.Equal("TongHop!H2", error.GetProperty("cell").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Contains("999", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        var id = root.GetProperty("submission_id").GetString()!;
        var annotatedUrl = root.GetProperty("annotated_url").GetString()!;
        Assert.Equal($"/api/submissions/{id}/annotated", annotatedUrl);
        var annotated = await client.GetAsync(annotatedUrl);
        Assert.Equal(HttpStatusCode.OK, annotated.StatusCode);
        var bytes = await annotated.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);

        using var again = JsonDocument.Parse(await client.GetStringAsync($"/api/submissions/{id}"));
        Assert.Equal(findings.Count, again.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task AGoodReportIsAcceptedQueuedInTheInboxAndLoadedByTheNextIngest()
    {
        using var client = server.Client("cb849");
        var answer = await client.PostAsync("/api/submissions", PortalServer.Upload(TidyReport.Create().ToBytes(), "bao-cao.xlsx"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal("accepted", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("queued", json.RootElement.GetProperty("status").GetString());
        var id = json.RootElement.GetProperty("submission_id").GetString()!;
        var queued = Assert.Single(Directory.GetFiles(Path.Combine(server.Folder, "data", "inbox")));
        Assert.DoesNotContain("bao-cao", Path.GetFileName(queued), StringComparison.Ordinal);

        var ingest = CliRunner.Run(server.Folder, server.Environment, "ingest");
        Assert.True(ingest.ExitCode == 0, ingest.Output + ingest.Error);

        using var after = JsonDocument.Parse(await client.GetStringAsync($"/api/submissions/{id}"));
        Assert.Equal("loaded", after.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AFileThatIsNotAWorkbookIsRejectedWhateverItsName()
    {
        using var client = server.Client("cb849");
        var answer = await client.PostAsync("/api/submissions", PortalServer.Upload(Encoding.ASCII.GetBytes("%PDF-1.4 not a workbook at all"), "bao-cao.xlsx"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal("rejected", json.RootElement.GetProperty("outcome").GetString());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "FILE_NOT_WORKBOOK");
        Assert.Contains("tài liệu PDF", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherKindOfDocumentIsRejectedNamingWhatWasSent()
    {
        using var client = server.Client("cb849");
        var answer = await client.PostAsync("/api/submissions", PortalServer.Upload(Encoding.ASCII.GetBytes("not a workbook"), "bao-cao.docx"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("FILE_NOT_WORKBOOK", finding.GetProperty("rule").GetString());
        Assert.Contains("tệp .docx", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherUnitsReportIsForbiddenNamingBothUnitsAndNothingIsKept()
    {
        var submissions = Path.Combine(server.Folder, "data", "portal", "submissions");
        var before = Directory.GetDirectories(submissions).Length;
        using var client = server.Client("cb842");
        var answer = await client.PostAsync("/api/submissions", PortalServer.Upload(BrokenReport, "bao-cao.xlsx"));
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        var message = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;
        Assert.Contains("Huyện Trà Cú (849)", message, StringComparison.Ordinal);
        Assert.Contains("(842)", message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetDirectories(submissions).Length);
    }

    [Fact]
    public async Task WithoutAValidAccountTheApiAnswers401()
    {
        using var anonymous = server.Client();
        var none = await anonymous.PostAsync("/api/submissions", PortalServer.Upload(BrokenReport, "x.xlsx"));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("Basic", none.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        using var wrong = server.Client("cb842", "not-the-password");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.PostAsync("/api/submissions", PortalServer.Upload(BrokenReport, "x.xlsx"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/submissions/abc")).StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        server.AddAccount("khoa849", "849", "officer");
        using var wrong = server.Client("khoa849", "sai");
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/submissions/abc")).StatusCode);
        using var right = server.Client("khoa849");
        var answer = await right.GetAsync("/api/submissions/abc");
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Contains("khoá", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadOverTheLimitIs413()
    {
        using var client = server.Client("cb849");
        var tooLarge = new byte[2 * 1024 * 1024];
        "PK"u8.CopyTo(tooLarge);
        var answer = await client.PostAsync("/api/submissions", PortalServer.Upload(tooLarge, "lon.xlsx"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
    }

    [Fact]
    public async Task HealthzAnswersAndMetricsAreParseablePrometheusText()
    {
        using var client = server.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var metrics = await client.GetStringAsync("/metrics");
        var sample = new Regex("""^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"]*"(,[a-zA-Z_][a-zA-Z0-9_]*="[^"]*")*\})? -?[0-9.]+([eE][+-]?[0-9]+)?$""");
        var lines = metrics.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines.Where(l => !l.StartsWith('#')), l => Assert.Matches(sample, l));
        Assert.Contains(lines, l => l.StartsWith("povertyetl_files_total{status=\"loaded\"}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("povertyetl_portal_submissions_total{outcome=\"rejected\"}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("povertyetl_run_duration_seconds_count", StringComparison.Ordinal));
    }
}

public sealed class DuckDbPortal : IDisposable
{
    public PortalServer Server { get; } = new(TestWarehouse.DuckDb);

    public void Dispose() => Server.Dispose();
}

public sealed class PostgresPortal : IDisposable
{
    public PortalServer Server { get; } = new(TestWarehouse.Postgres);

    public void Dispose() => Server.Dispose();
}

public sealed class PortalApiOnDuckDbTests(DuckDbPortal portal) : PortalApiTests(portal.Server), IClassFixture<DuckDbPortal>;

public sealed class PortalApiOnPostgresTests(PostgresPortal portal) : PortalApiTests(portal.Server), IClassFixture<PostgresPortal>;
