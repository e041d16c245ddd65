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

    [Fact]
    public void FromTheReformTemplateWritesAProvincesOrACommunesWorkbookWhichFilledInIngestsClean()
    {
        using var folder = new ScratchFolder();

        var province = CliRunner.Run(folder.Path, null, "template", "--province", "86", "--year", "2025");
        var commune = CliRunner.Run(folder.Path, null, "template", "--province", "86", "--commune", "29242", "--year", "2025");
        TemplateFiller.Fill(folder.File("mau_86_29242_2025.xlsx"), folder.File("tra-vinh-da-dien.xlsx"), households: 20);
        var ingest = CliRunner.Run(folder.Path, null, "ingest", "tra-vinh-da-dien.xlsx");

        Assert.Equal((0, "mau_86_2025.xlsx"), (province.ExitCode, province.Output.Trim()));
        Assert.Equal((0, "mau_86_29242_2025.xlsx"), (commune.ExitCode, commune.Output.Trim()));
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("loaded", ingest.Output);
        Assert.Contains("Phường Trà Vinh (29242), năm 2025", ingest.Output);
        Assert.Contains("Vĩnh Long", ingest.Output);
    }

    [Theory]
    [InlineData("--district 849 --year 2025", "không còn cấp huyện")]
    [InlineData("--province 86 --year 2024", "--district")]
    [InlineData("--province 84 --year 2025", "--province 86")]
    [InlineData("--commune 29242 --year 2025", "--province")]
    [InlineData("--district 849 --province 86 --year 2025", "--district")]
    [InlineData("--year 2025", "--province")]
    public void TheUnitMustBeOfTheYearsEraElseItIsAUsageErrorThatSaysWhatToUse(string arguments, string said)
    {
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, null, ["template", .. arguments.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(said, result.Error);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.xlsx"));
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
