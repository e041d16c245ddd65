using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Commands;

/// <summary>A warehouse's ID numbers are hashed with one key or not kept at all, never a mix: another key, or none, is refused before anything loads.</summary>
public sealed class IdHashKeyTests
{
    private static Dictionary<string, string> Key(string? key) => key is null ? [] : new() { ["POVERTYETL__Privacy__IdHashKey"] = key };

    [Theory]
    [InlineData("khoa-mot", "khoa-hai", "not the key")]
    [InlineData("khoa-mot", null, "not set")]
    [InlineData(null, "khoa-mot", "without Privacy:IdHashKey")]
    public void ALoadWithAnotherKeyThanTheWarehousesIsRefusedAndNothingLoads(string? first, string? second, string said)
    {
        using var folder = new ScratchFolder();
        var files = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 2, households: 10);

        var loaded = CliRunner.Run(folder.Path, Key(first), "ingest", files[0]);
        var refused = CliRunner.Run(folder.Path, Key(second), "ingest", files[1]);
        var again = CliRunner.Run(folder.Path, Key(first), "ingest", files[1]);

        Assert.Equal(0, loaded.ExitCode);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(said, refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("khoa", refused.Error + refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        using var warehouse = TestWarehouse.OpenReady(Path.Combine(folder.Path, "data", "warehouse.duckdb"));
        Assert.Equal(2, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
    }
}
