using Xunit;
using System.Text.Json;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Commands;

/// <summary>The executable end to end, as an operator runs it: samples, validate, ingest, sql, status, exit codes.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void SamplesWritesReportsThatValidateCleanAsJson()
    {
        using var folder = new ScratchFolder();

        var samples = CliRunner.Run(folder.Path, null, "samples", "--out", "reports", "--districts", "3", "--households", "40", "--seed", "4");
        var validate = CliRunner.Run(folder.Path, null, "validate", "reports", "--format", "json");

        Assert.Equal(0, samples.ExitCode);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(folder.Path, "reports"), "*.xlsx").Length);
        Assert.Equal(0, validate.ExitCode);
        var files = JsonDocument.Parse(validate.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, files.Count);
        Assert.All(files, f =>
        {
            Assert.Equal("ok", f.GetProperty("outcome").GetString());
            Assert.Equal(2024, f.GetProperty("year").GetInt32());
            Assert.StartsWith("84", f.GetProperty("file").GetString()![(f.GetProperty("file").GetString()!.LastIndexOf('/') + 1)..], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ValidateRejectsABrokenFileWithExitCode1AndNamesTheCell()
    {
        using var folder = new ScratchFolder();
        var bad = TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).SaveTo(folder.Path, "sai");

        var result = CliRunner.Run(folder.Path, null, "validate", bad, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var file = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList());
        Assert.Equal("rejected", file.GetProperty("outcome").GetString());
        Assert.Contains(file.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("cell").GetString() == "TongHop!H2" && f.GetProperty("rule").GetString() == "FLOW_BALANCE_POOR"
            && f.GetProperty("severity").GetString() == "error" && f.GetProperty("sheet").GetString() == "TongHop");
    }

    [Fact]
    public void AMissingFileOrAnUnknownOptionIsAUsageErrorWithoutAStackTrace()
    {
        using var folder = new ScratchFolder();

        var missing = CliRunner.Run(folder.Path, null, "validate", "khong-co.xlsx");
        var unknown = CliRunner.Run(folder.Path, null, "validate", "x.xlsx", "--format", "xml");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("khong-co.xlsx", missing.Error);
        Assert.Equal(2, unknown.ExitCode);
        Assert.DoesNotContain("   at ", missing.Error + unknown.Error);
    }

    [Fact]
    public void IngestOnTheEmbeddedDefaultLoadsPrintsTheDistrictTableAndSqlReadsButNeverWrites()
    {
        using var folder = new ScratchFolder();
        CliRunner.Run(folder.Path, null, "samples", "--out", "samples", "--districts", "2", "--households", "30");

        var ingest = CliRunner.Run(folder.Path, null, "ingest", "samples");
        var again = CliRunner.Run(folder.Path, null, "ingest", "samples");
        var query = CliRunner.Run(folder.Path, null, "sql", "SELECT count(*) AS districts FROM mart.poverty_district_year", "--format", "csv");
        var write = CliRunner.Run(folder.Path, null, "sql", "DELETE FROM etl.run");
        var status = CliRunner.Run(folder.Path, null, "status", "--last", "1");

        Assert.Equal(0, ingest.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "data", "warehouse.duckdb")));
        Assert.Contains("mart.poverty_district_year", ingest.Output);
        Assert.Contains("Trà Vinh", ingest.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("duplicate", again.Output);
        Assert.Equal("districts\n2\n", query.Output.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal(2, write.ExitCode);
        Assert.Contains("chỉ được đọc", write.Error);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("duplicate", status.Output);
        Assert.True(Directory.GetFiles(Path.Combine(folder.Path, "logs"), "*.json").Length > 0);
    }

    [Fact]
    public void SamplesOf2025AreProvinceReportsThatIngestUnderTheProvinceAndPrintItsSeries()
    {
        using var folder = new ScratchFolder();

        var samples = CliRunner.Run(folder.Path, null, "samples", "--out", "samples", "--districts", "2", "--households", "30", "--year", "2025");
        var ingest = CliRunner.Run(folder.Path, null, "ingest", "samples");
        var tooMany = CliRunner.Run(folder.Path, null, "samples", "--out", "more", "--districts", "35", "--year", "2025");
        var noStandard = CliRunner.Run(folder.Path, null, "samples", "--out", "more", "--year", "2015");

        Assert.Equal(0, samples.ExitCode);
        Assert.Equal(["86_2025.xlsx", "91_2025.xlsx"], samples.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Path.GetFileName(l.Trim())));
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("Tỉnh Vĩnh Long (86), năm 2025", ingest.Output);
        Assert.Contains("mart.poverty_province_series", ingest.Output);
        Assert.Contains("Vĩnh Long", ingest.Output);
        Assert.DoesNotContain("mart.poverty_district_year", ingest.Output);
        Assert.Equal(2, tooMany.ExitCode);
        Assert.Contains("34", tooMany.Error);
        Assert.Equal(2, noStandard.ExitCode);
        Assert.Contains("2015", noStandard.Error);
        Assert.DoesNotContain("   at ", tooMany.Error + noStandard.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "more")));
    }

    [Fact]
    public void InboxFilesAreMovedToTheArchiveAndRejectedOnesBesideTheirAnnotatedCopyAndFindings()
    {
        using var folder = new ScratchFolder();
        SampleFiles.Write(Path.Combine(folder.Path, "data", "inbox"), districts: 1, households: 20);
        TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).SaveTo(Path.Combine(folder.Path, "data", "inbox"), "sai");
        File.WriteAllText(Path.Combine(folder.Path, "data", "inbox", "dang-chep.xlsx.part"), "partial");
        var environment = new Dictionary<string, string> { ["POVERTYETL__Ingestion__StableSeconds"] = "0" };

        var result = CliRunner.Run(folder.Path, environment, "ingest");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["dang-chep.xlsx.part"], Directory.GetFiles(Path.Combine(folder.Path, "data", "inbox")).Select(Path.GetFileName));
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "data", "archive", "2024"), "*.xlsx", SearchOption.AllDirectories));
        var placed = Directory.GetFiles(Path.Combine(folder.Path, "data", "rejected"), "*.xlsx").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2, placed.Count);
        Assert.Matches(@"^sai\.[0-9a-f]{12}\.kiem-tra\.xlsx$", placed[0]);
        Assert.Matches(@"^sai\.[0-9a-f]{12}\.xlsx$", placed[1]);
        Assert.Contains("FLOW_BALANCE_POOR", File.ReadAllText(Path.Combine(folder.Path, "data", "rejected", placed[1]! + ".findings.txt")));
    }

    [Fact]
    public void AnUnreachableWarehouseIsExitCode3WithItsNameAndNoStackTrace()
    {
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, null, "status", "--warehouse", "Host=127.0.0.1;Port=1;Username=etl;Password=secret;Database=povertyetl;Timeout=3");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("127.0.0.1:1/povertyetl", result.Error);
        Assert.DoesNotContain("secret", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
