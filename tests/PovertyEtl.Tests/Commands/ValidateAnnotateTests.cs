using ClosedXML.Excel;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Commands;

/// <summary><c>validate --annotate DIR</c> through the real executable, as an operator runs it for the officers.</summary>
public sealed class ValidateAnnotateTests
{
    [Fact]
    public void ValidateAnnotateWritesACopyOfEachFileWithAProblemAndNoneForACleanOne()
    {
        using var folder = new ScratchFolder();
        var clean = SampleFiles.Write(Path.Combine(folder.Path, "in"), districts: 1, households: 30)[0];
        var bad = TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).SaveTo(Path.Combine(folder.Path, "in"), "sai");
        var unreadable = Path.Combine(folder.Path, "in", "hong.xlsx");
        File.WriteAllBytes(unreadable, RawFiles.RandomBytes());
        var before = File.ReadAllBytes(bad);

        var result = CliRunner.Run(folder.Path, null, "validate", "in", "--annotate", "kiem-tra");

        Assert.Equal(1, result.ExitCode);
        var copy = Path.Combine(folder.Path, "kiem-tra", "sai.kiem-tra.xlsx");
        Assert.Equal([copy], Directory.GetFiles(Path.Combine(folder.Path, "kiem-tra")));
        Assert.Contains("sai.kiem-tra.xlsx", result.Output);
        Assert.Contains("không tạo được bản có đánh dấu", result.Output);
        Assert.Equal(before, File.ReadAllBytes(bad));
        Assert.True(File.Exists(clean));
        using var workbook = new XLWorkbook(copy);
        Assert.Equal("KetQuaKiemTra", workbook.Worksheet(1).Name);
        Assert.Contains("FLOW_BALANCE_POOR", workbook.Worksheet(TidyReport.TongHop).Cell("H2").Comment.Text);
    }
}
