using Xunit;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Commands;

/// <summary><c>template</c> end to end: the file written, filled and ingested; usage errors for what cannot be made.</summary>
public sealed class TemplateCommandTests
{
    [Fact]
    public void TemplateWritesTheDistrictsWorkbookWhichFilledInIngestsClean()
    {
        using var folder = new ScratchFolder();

        var byDefault = CliRunner.Run(folder.Path, null, "template", "--district", "849", "--year", "2024");
        var named = CliRunner.Run(folder.Path, null, "template", "--district", "849", "--year", "2024", "-o", "bao-cao/tra-cu.xlsx");
        TemplateFiller.Fill(folder.File("bao-cao/tra-cu.xlsx"), folder.File("tra-cu-da-dien.xlsx"), households: 40);
        var ingest = CliRunner.Run(folder.Path, null, "ingest", "tra-cu-da-dien.xlsx");

        Assert.Equal(0, byDefault.ExitCode);
        Assert.Equal("mau_84_849_2024.xlsx", byDefault.Output.Trim());
        Assert.True(File.Exists(folder.File("mau_84_849_2024.xlsx")));
        Assert.Equal(0, named.ExitCode);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("loaded", ingest.Output);
        Assert.Contains("Trà Cú", ingest.Output);
    }

    [Theory]
    [InlineData("999", "2024", "999")]
    [InlineData("849", "1990", "1990")]
    [InlineData("849", "2300", "2300")]
    public void ADistrictOrYearWithoutUnitsIsAUsageError(string district, string year, string named)
    {
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, null, "template", "--district", district, "--year", year);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.xlsx"));
    }

    [Fact]
    public void AnExistingFileIsNeverOverwritten()
    {
        using var folder = new ScratchFolder();
        var existing = folder.File("da-dien.xlsx", [1, 2, 3]);

        var result = CliRunner.Run(folder.Path, null, "template", "--district", "849", "--year", "2024", "-o", "da-dien.xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(existing));
    }
}
