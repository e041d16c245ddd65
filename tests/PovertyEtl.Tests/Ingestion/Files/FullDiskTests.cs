using System.Diagnostics;
using Xunit;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion.Files;

/// <summary>
/// A disk that fills up while a file is placed leaves no partial or empty file under a final
/// name, and the load it committed stays <c>loaded</c>: the next run only moves the file. The full
/// disk is real: the executable runs under a file-size limit (<c>ulimit -f</c>), with its archive and
/// rejected folders on another file system (<c>/dev/shm</c>), so that placing is a copy that the limit cuts short.
/// </summary>
public sealed class FullDiskTests
{
    private const int FileSizeLimitKilobytes = 160;

    [Fact]
    public void AFullDiskLeavesNothingUnderAFinalNameAndTheNextRunOnlyMovesTheFile()
    {
        using var folder = new ScratchFolder();
        var elsewhere = Path.Combine("/dev/shm", "povertyetl-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var sent = InboxRuns.Deliver(folder.Path, households: 4000);
            var bytes = File.ReadAllBytes(sent);
            Assert.True(bytes.Length > FileSizeLimitKilobytes * 1024, "the file must be larger than the limit");
            var connectionString = TestWarehouse.ConnectionString(TestWarehouse.Postgres, folder.Path);
            var environment = new Dictionary<string, string>
            {
                ["POVERTYETL__Warehouse__ConnectionString"] = connectionString,
                ["POVERTYETL__Ingestion__InboxPath"] = InboxRuns.InboxPath(folder.Path),
                ["POVERTYETL__Ingestion__ArchivePath"] = Path.Combine(elsewhere, "archive"),
                ["POVERTYETL__Ingestion__RejectedPath"] = Path.Combine(elsewhere, "rejected"),
                ["POVERTYETL__Ingestion__StableSeconds"] = "0",
            };

            var full = Ingest(folder.Path, environment, FileSizeLimitKilobytes);

            Assert.True(full.ExitCode == 0, full.Output + full.Error);
            Assert.Contains("next run moves it", full.Output);
            Assert.Empty(InboxRuns.FilesUnder(elsewhere));
            Assert.Equal(bytes, File.ReadAllBytes(sent));

            var freed = Ingest(folder.Path, environment, fileSizeLimitKilobytes: null);

            Assert.True(freed.ExitCode == 0, freed.Output + freed.Error);
            Assert.Equal(bytes, File.ReadAllBytes(Assert.Single(InboxRuns.FilesUnder(elsewhere))));
            Assert.False(File.Exists(sent));
            using var warehouse = TestWarehouse.OpenReady(connectionString);
            Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load"));
            Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        }
        finally
        {
            if (Directory.Exists(elsewhere)) Directory.Delete(elsewhere, recursive: true);
        }
    }

    /// <summary><c>ingest</c> of the inbox, under a file-size limit when one is given (its signal ignored, so a write past it fails as a full disk does).</summary>
    private static CliResult Ingest(string workingFolder, IReadOnlyDictionary<string, string> environment, int? fileSizeLimitKilobytes)
    {
        // The runtime's write-xor-execute maps code through a file as large as the limit would refuse: off for this process.
        var limit = fileSizeLimitKilobytes is { } kilobytes ? $"trap '' XFSZ; ulimit -f {kilobytes}; export DOTNET_EnableWriteXorExecute=0; " : string.Empty;
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{limit}exec dotnet \"$0\" ingest");
        start.ArgumentList.Add(CliRunner.Executable);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ingest did not finish");
        }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
