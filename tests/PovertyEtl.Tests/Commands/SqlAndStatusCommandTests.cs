using Xunit;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Commands;

/// <summary>
/// <c>sql</c> and <c>status</c> as an operator meets them: they read an existing warehouse and
/// nothing else; a refusal is one line and exit code 2; a missing warehouse is exit code 3 naming
/// the path, with nothing created; a DuckDB file held by a load is busy, not unreachable; what
/// <c>sql</c> prints is safe to open in a spreadsheet and valid JSON whatever the numbers.
/// </summary>
public sealed class SqlAndStatusCommandTests
{
    private static string MigratedDuckDb(ScratchFolder folder)
    {
        var path = TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path);
        using (TestWarehouse.OpenReady(path)) { }
        return path;
    }

    [Fact]
    public void ARefusedStatementIsOneLineAndExitCode2OnBothEngines()
    {
        using var folder = new ScratchFolder();
        var duckDb = MigratedDuckDb(folder);
        var postgres = PostgresServer.Instance.CreateDatabase();
        using (var warehouse = TestWarehouse.OpenReady(postgres)) { }
        var copyTarget = folder.File("x.csv");

        var split = CliRunner.Run(folder.Path, null, "sql", "COMMIT; CREATE TABLE public.probe(i int)", "--warehouse", postgres);
        var role = CliRunner.Run(folder.Path, null, "sql", "RESET ROLE", "--warehouse", postgres);
        var copy = CliRunner.Run(folder.Path, null, "sql", $"COPY (SELECT 42) TO '{copyTarget}'", "--warehouse", duckDb);
        var delete = CliRunner.Run(folder.Path, null, "sql", "DELETE FROM etl.run", "--warehouse", duckDb);

        Assert.All([split, role, copy, delete], result =>
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain("   at ", result.Error);
        });
        Assert.Contains("chỉ được đọc", role.Error);
        Assert.Contains("chỉ được đọc", delete.Error);
        Assert.False(File.Exists(copyTarget));
        using var check = TestWarehouse.OpenReady(postgres);
        Assert.Null(check.Scalar("SELECT to_regclass('public.probe')::text"));
    }

    [Fact]
    public void StatusAndSqlOnAMissingWarehouseAreExitCode3NamingThePathAndCreateNothing()
    {
        using var folder = new ScratchFolder();
        var path = Path.Combine(folder.Path, "typo", "warehouse.duckdb");

        var status = CliRunner.Run(folder.Path, null, "status", "--warehouse", path);
        var sql = CliRunner.Run(folder.Path, null, "sql", "SELECT 1", "--warehouse", path);

        Assert.Equal(3, status.ExitCode);
        Assert.Equal(3, sql.ExitCode);
        Assert.Contains(path, status.Error);
        Assert.Contains(path, sql.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "typo")));
    }

    [Fact]
    public void ADuckDbWarehouseHeldByALoadIsBusyForStatusAndSqlNotUnreachable()
    {
        using var folder = new ScratchFolder();
        var path = MigratedDuckDb(folder);
        using var load = TestWarehouse.OpenReady(path);

        var status = CliRunner.Run(folder.Path, null, "status", "--warehouse", path);
        var sql = CliRunner.Run(folder.Path, null, "sql", "SELECT 1", "--warehouse", path);

        Assert.All([status, sql], result =>
        {
            Assert.Equal(3, result.ExitCode);
            Assert.Contains("busy", result.Error);
            Assert.DoesNotContain("unreachable", result.Error);
        });
    }

    [Fact]
    public void CsvNeutralisesCellsASpreadsheetWouldRunAndJsonWritesNaNAndInfinityAsNull()
    {
        using var folder = new ScratchFolder();
        var path = MigratedDuckDb(folder);

        var csv = CliRunner.Run(folder.Path, null, "sql",
            "SELECT '=1+2' AS formula, '+33' AS plus, '-x' AS minus, '@SUM(A1)' AS at, 'an=b' AS inside, -4 AS negative", "--format", "csv", "--warehouse", path);
        var json = CliRunner.Run(folder.Path, null, "sql",
            "SELECT 'nan'::double AS nan, 'inf'::double AS inf, '-inf'::double AS minus_inf, 1.5::double AS x", "--format", "json", "--warehouse", path);

        Assert.Equal(0, csv.ExitCode);
        Assert.Equal("formula,plus,minus,at,inside,negative\n'=1+2,'+33,'-x,'@SUM(A1),an=b,-4\n", csv.Output.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal(0, json.ExitCode);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.Output);
        var row = Assert.Single(parsed.RootElement.EnumerateArray().ToList());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("nan").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("inf").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("minus_inf").ValueKind);
        Assert.Equal(1.5, row.GetProperty("x").GetDouble());
    }
}
