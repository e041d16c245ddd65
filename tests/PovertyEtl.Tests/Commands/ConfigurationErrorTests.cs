using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Commands;

/// <summary>
/// A bad setting or a bad command line, as a tired operator types it: exit 2, one line naming the
/// setting or option, no stack trace, and nothing created or loaded.
/// </summary>
public sealed class ConfigurationErrorTests
{
    public static TheoryData<string, string[], Dictionary<string, string>, string> BadSettings() => new()
    {
        { "malformed --config JSON", ["status", "--config", "bad.json"], [], "bad.json" },
        { "a value of the wrong type", ["ingest"], new() { ["POVERTYETL__Ingestion__StableSeconds"] = "abc" }, "Ingestion:StableSeconds" },
        { "a misspelt key", ["ingest"], new() { ["POVERTYETL__Ingestion__StableSecond"] = "3" }, "StableSecond" },
        { "a negative stable time", ["ingest"], new() { ["POVERTYETL__Ingestion__StableSeconds"] = "-1" }, "Ingestion:StableSeconds" },
        { "no file read at all", ["ingest"], new() { ["POVERTYETL__Ingestion__Parallelism"] = "0" }, "Ingestion:Parallelism" },
        { "a connection string without host", ["status", "--warehouse", "Host="], [], "Warehouse:ConnectionString" },
        { "an unknown connection-string key", ["status", "--warehouse", "Host=db;Colour=blue"], [], "Warehouse:ConnectionString" },
        { "a warehouse that is a JSON file", ["ingest", "--warehouse", "w.json", "x.xlsx"], [], "w.json" },
        { "a new warehouse path that is not .duckdb", ["migrate", "--warehouse", "kho.txt"], [], ".duckdb" },
        { "a bad cron", ["worker"], new() { ["POVERTYETL__Schedule__IngestCron"] = "every night" }, "Schedule:IngestCron" },
        { "an unknown time zone", ["worker"], new() { ["POVERTYETL__Schedule__TimeZone"] = "Mars/Olympus" }, "Schedule:TimeZone" },
        { "a cluster on DuckDB", ["worker"], new() { ["POVERTYETL__Scheduler__Clustered"] = "true" }, "Scheduler:Clustered" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void ABadSettingIsExit2WithOneLineNamingIt(string what, string[] arguments, Dictionary<string, string> environment, string named)
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, "bad.json"), "{ \"Ingestion\": { \"InboxPath\": ");
        File.WriteAllText(Path.Combine(folder.Path, "w.json"), "{}");

        var result = CliRunner.Run(folder.Path, environment, arguments);

        Assert.True(result.ExitCode == 2, $"{what}: exit {result.ExitCode}: {result.Error}");
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error + result.Output);
        Assert.Equal("{}", File.ReadAllText(Path.Combine(folder.Path, "w.json")));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "data")), $"{what}: nothing is created");
    }

    [Theory]
    [InlineData("--districts", "705", "699")]
    [InlineData("--households", "2000000000", "1000000")]
    public void SamplesBeyondWhatExistsIsAUsageErrorSayingTheLimit(string option, string value, string limit)
    {
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, null, "samples", "--out", "s", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(limit, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "s")));
    }

    [Fact]
    public void AMisspeltOptionIsAnErrorNotAFileNameAndTheNearestOptionIsSuggested()
    {
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, null, "validate", "--fromat", "json", "x.xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--fromat", result.Error, StringComparison.Ordinal);
        Assert.Contains("--format", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltCommandIsAnsweredWithTheNearestOne()
    {
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, null, "ingset");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ingest", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkerWhoseInboxIsAFileStopsAtOnceWithExit2()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, "inbox"), "not a folder");

        var result = CliRunner.Run(folder.Path, new Dictionary<string, string> { ["POVERTYETL__Ingestion__InboxPath"] = "inbox" }, "worker");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Ingestion:InboxPath", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkerWhoseLogFolderCannotBeMadeStopsAtOnceWithExit2AndSaysSo()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, "logs"), "a file where the log folder should be");

        var result = CliRunner.Run(folder.Path, null, "worker");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Logging:Path", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommandWhoseLogFolderCannotBeMadeStillRunsAndLogsToTheErrorStream()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(Path.Combine(folder.Path, "logs"), "a file where the log folder should be");
        var report = TidyReport.Create().SaveTo(folder.Path, "tot");

        var result = CliRunner.Run(folder.Path, null, "validate", report);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Logging:Path", result.Error, StringComparison.Ordinal);
    }
}
