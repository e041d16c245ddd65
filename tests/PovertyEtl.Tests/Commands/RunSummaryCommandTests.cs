using Xunit;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Commands;

/// <summary><c>ingest</c> writes a summary page per run where <c>Reports:Path</c> says, and names it on the console and in the log.</summary>
public sealed class RunSummaryCommandTests
{
    [Fact]
    public void EachIngestRunWritesItsSummaryPageAndLogsWhere()
    {
        using var folder = new ScratchFolder();
        SampleFiles.Write(folder.File("bao-cao"), districts: 2, households: 20);
        var environment = new Dictionary<string, string> { ["POVERTYETL__Reports__Path"] = "trang-tom-tat" };

        var dryRun = CliRunner.Run(folder.Path, environment, "ingest", "bao-cao", "--dry-run");
        var ingest = CliRunner.Run(folder.Path, environment, "ingest", "bao-cao");

        Assert.Equal(0, dryRun.ExitCode);
        Assert.DoesNotContain("run summary", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(0, ingest.ExitCode);
        var page = Assert.Single(Directory.GetFiles(folder.File("trang-tom-tat"), "*.html"));
        Assert.Contains(page, ingest.Output, StringComparison.Ordinal);
        Assert.Contains("Càng Long", File.ReadAllText(page), StringComparison.Ordinal);
        var log = File.ReadAllText(Assert.Single(Directory.GetFiles(folder.File("logs"), "*.json")));
        Assert.Contains($"\"SummaryPage\":\"{page}\"", log, StringComparison.Ordinal);
    }
}
