using PovertyEtl.Validation.Rules;
using Xunit;

namespace PovertyEtl.Tests.Validation;

public sealed class UnitNameComparisonTests
{
    [Theory]
    [InlineData("Long Hiệp", "Long Hiệp")]
    [InlineData("Xã Long Hiệp", "Long Hiệp")]
    [InlineData("Tỉnh Trà Vinh", "Trà Vinh")]
    [InlineData("Thành phố Trà Vinh", "Trà Vinh")]
    [InlineData("Tra Vinh", "Trà Vinh")]
    [InlineData("Phường 1", "Phường 1")]
    // Official names that, without diacritics, begin like a unit type: Huyền/huyện, Phương/phường, Tịnh/tỉnh.
    [InlineData("Xã Huyền Hội", "Huyền Hội")]
    [InlineData("Huyền Hội", "Huyền Hội")]
    [InlineData("Xã Phương Thạnh", "Phương Thạnh")]
    [InlineData("Huyện Tịnh Biên", "Tịnh Biên")]
    public void ANameWithOrWithoutItsUnitTypeIsTheOfficialName(string written, string official) =>
        Assert.True(ReportInfoRules.SameUnitName(written, official));

    [Theory]
    [InlineData("Tân Hiệp", "Long Hiệp")]
    [InlineData("Xã Huyền Hội", "Hội An")]
    [InlineData("Phường 2", "Phường 1")]
    public void AnotherNameIsNot(string written, string official) =>
        Assert.False(ReportInfoRules.SameUnitName(written, official));
}
