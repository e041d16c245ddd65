using PovertyEtl.Tests.Ingestion.Files;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Commands;

/// <summary>A loaded file that no run can move out of the inbox is shown by <c>status</c>, by name, once it is stuck.</summary>
public sealed class StuckFileStatusTests
{
    [Fact]
    public void StatusNamesAFileNoRunCouldMoveForThreeRuns()
    {
        using var folder = new ScratchFolder();
        var sent = InboxRuns.Deliver(folder.Path);
        // A fault of the archive's disk, as an operator makes one: a file where the year's folder must go.
        Directory.CreateDirectory(Path.Combine(folder.Path, "archive"));
        File.WriteAllText(Path.Combine(folder.Path, "archive", "2024"), "not a folder");
        var environment = new Dictionary<string, string>
        {
            ["POVERTYETL__Ingestion__InboxPath"] = "inbox",
            ["POVERTYETL__Ingestion__ArchivePath"] = "archive",
            ["POVERTYETL__Ingestion__StableSeconds"] = "0",
        };

        var early = CliRunner.Run(folder.Path, environment, "ingest");
        var beforeStuck = CliRunner.Run(folder.Path, environment, "status");
        CliRunner.Run(folder.Path, environment, "ingest");
        CliRunner.Run(folder.Path, environment, "ingest");
        var status = CliRunner.Run(folder.Path, environment, "status");

        Assert.Equal(0, early.ExitCode);
        Assert.DoesNotContain("not moved out of the inbox", beforeStuck.Output, StringComparison.Ordinal);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("not moved out of the inbox", status.Output, StringComparison.Ordinal);
        Assert.Contains($"{Path.GetFileName(sent)}  sau 3 lượt", status.Output, StringComparison.Ordinal);
    }
}
