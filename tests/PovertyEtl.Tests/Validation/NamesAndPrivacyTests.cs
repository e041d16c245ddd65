using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Validation;

/// <summary>Names compare diacritics-insensitively; personal data never comes back in a finding.</summary>
public sealed class NamesAndPrivacyTests
{
    [Theory]
    [InlineData("Phuoc Hung")]
    [InlineData("PHƯỚC HƯNG")]
    [InlineData("Xã Phước Hưng")]
    [InlineData("xa phuoc hung")]
    [InlineData(" Phước  Hưng ")]
    public void ACommuneNameWrittenWithoutDiacriticsOrWithItsTypeIsTheOfficialName(string name)
    {
        Assert.Empty(TidyReport.Create().Set(TongHop, "B3", name).Check().Findings);
    }

    [Fact]
    public void HouseholdsAreNamedInFindingsByTheirCodeNeverByTheirHeadOrIdNumber()
    {
        var report = TidyReport.Create()
            .Set(DanhSachHo, "E2", 0)
            .Set(DanhSachHo, "H3", 5_000_000)
            .Set(DanhSachHo, "A5", "29461-001")
            .Set(DanhSachHo, "D6", "12345");

        var check = report.Check();

        Assert.Equal(["HOUSEHOLD_MEMBERS", "HOUSEHOLD_CATEGORY_STANDARD", "HOUSEHOLD_DUPLICATE", "VALUE_ID_NUMBER"], check.Findings.Select(f => f.Rule));
        foreach (var household in TidyData.Households)
        {
            Assert.All(check.Findings, f => Assert.DoesNotContain(household.HeadName, f.Message + f.MessageEn + f.Value));
            Assert.All(check.Findings, f => Assert.DoesNotContain(household.IdNumber, f.Message + f.MessageEn + f.Value));
        }
        Assert.Contains("29461-001", check.Findings[0].Message);
    }
}
