using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Validation;

/// <summary>Messages name a unit with its real type word, from the one display name: never "Xã Phường 4".</summary>
public sealed class UnitTypeWordTests
{
    [Fact]
    public void ACommuneOfAnotherDistrictIsNamedPhuong4InTheThanhPhoNotXaPhuong4()
    {
        var check = TidyReport.Create().AddCommune("29236", "Phường 4", 50).Check();

        var finding = Assert.Single(check.Findings, f => f.Rule == "COMMUNE_NOT_IN_DISTRICT");
        Assert.Contains("Phường 4 (mã 29236) thuộc Thành phố Trà Vinh (mã 842), không thuộc Huyện Trà Cú (mã 849)", finding.Message);
        Assert.DoesNotContain("Xã Phường", finding.Message);
    }

    [Fact]
    public void ACommunesFiguresAreNamedWithItsTypeWord()
    {
        var check = TidyReport.Create().Set(TidyReport.TongHop, "P2", 9).Check();

        var finding = Assert.Single(check.Findings, f => f.Rule == "NO_LABOUR_EXCEEDS_POOR");
        Assert.StartsWith("Thị trấn Trà Cú (29461):", finding.Message);
    }
}
