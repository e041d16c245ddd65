using PovertyEtl.Domain.Reference;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Reference;

/// <summary>
/// A unit is named with its real type word, from the reference data (never guessed from its
/// communes): short names collide (huyện 850 and thị xã 851 are both Duyên Hải).
/// </summary>
public sealed class UnitDisplayNameTests(ReferenceFixture fixture) : IClassFixture<ReferenceFixture>
{
    private readonly ReferenceData _reference = fixture.Reference;

    [Fact]
    public void TheHuyenAndTheThiXaOfDuyenHaiAreToldApartByTheirType()
    {
        var huyen = _reference.Units.District("850")!;
        var thiXa = _reference.Units.District("851")!;

        Assert.Equal(huyen.Name, thiXa.Name);
        Assert.Equal(("huyện", "Huyện Duyên Hải"), (huyen.Type, huyen.DisplayName));
        Assert.Equal(("thị xã", "Thị xã Duyên Hải"), (thiXa.Type, thiXa.DisplayName));
    }

    [Theory]
    [InlineData("29462", "Thị trấn Định An")]
    [InlineData("29494", "Xã Định An")]
    [InlineData("29236", "Phường 4")]
    [InlineData("29242", "Phường 3")]
    public void ACommuneBeforeTheReformIsNamedWithItsTypeWordNeverDoubled(string code, string expected) =>
        Assert.Equal(expected, _reference.Units.Commune(code)!.DisplayName);

    [Fact]
    public void ACommuneFromTheReformIsNamedWithItsTypeWord() =>
        Assert.Equal("Phường Trà Vinh", _reference.UnitsFromReform.Commune("29242")!.DisplayName);

    [Theory]
    [InlineData("84", false, "Tỉnh Trà Vinh")]
    [InlineData("01", false, "Thành phố Hà Nội")]
    [InlineData("86", true, "Tỉnh Vĩnh Long")]
    [InlineData("46", true, "Thành phố Huế")]
    [InlineData("92", true, "Thành phố Cần Thơ")]
    public void AProvinceIsATinhOrACentrallyGovernedCity(string code, bool fromReform, string expected) =>
        Assert.Equal(expected, (fromReform ? _reference.UnitsFromReform : _reference.Units).Province(code)!.DisplayName);

    [Fact]
    // The source writes one name with a double space (Huyện  Vũng Liêm).
    public void EveryDistrictIsNamedAsTheOfficialListWritesItsFullName()
    {
        var official = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "config", "reference", "admin_districts_2024.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(f => f[2], f => f[4], StringComparer.Ordinal);
        var districts = _reference.Units.Provinces.SelectMany(p => _reference.Units.DistrictsOf(p.Code)).ToList();

        Assert.Equal(699, districts.Count);
        Assert.All(districts, d => Assert.Equal(official[d.Code], d.DisplayName, ignoreCase: true, ignoreWhiteSpaceDifferences: true));
    }
}
