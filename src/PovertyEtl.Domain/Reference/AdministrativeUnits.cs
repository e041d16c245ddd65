namespace PovertyEtl.Domain.Reference;

/// <summary>A province: <c>tỉnh</c>, or a centrally governed city (<c>thành phố</c>).</summary>
public sealed record Province(string Code, string Name, string Type)
{
    /// <summary>Its name with its type word: <c>Tỉnh Trà Vinh</c>, <c>Thành phố Hà Nội</c>.</summary>
    public string DisplayName => UnitDisplayName.Of(Type, Name);
}

/// <summary>
/// A district before the 2025 reform: <c>quận</c>, <c>huyện</c>, <c>thị xã</c> or <c>thành phố</c>
/// (a provincial city). Names are not unique: 850 huyện and 851 thị xã are both <c>Duyên Hải</c>.
/// </summary>
public sealed record District(string Code, string Name, string ProvinceCode, string Type)
{
    /// <summary>Its name with its type word: <c>Huyện Duyên Hải</c>, <c>Thị xã Duyên Hải</c>, <c>Quận 12</c>.</summary>
    public string DisplayName => UnitDisplayName.Of(Type, Name);
}

/// <summary>
/// A commune-level unit: xã (rural), phường or thị trấn (urban), or from 2025 đặc khu (an island
/// special zone). From 1 July 2025 there are no districts: <see cref="DistrictCode"/> is null.
/// </summary>
public sealed record Commune(string Code, string Name, string Type, string? DistrictCode, string ProvinceCode)
{
    /// <summary>Its name with its type word: <c>Phường Trà Vinh</c>, <c>Thị trấn Định An</c>, <c>Phường 4</c> (not doubled).</summary>
    public string DisplayName => UnitDisplayName.Of(Type, Name);
}

/// <summary>
/// The official administrative units (GSO codes) of one era: provinces, their districts (none
/// after the 2025 reform) and communes. A code means a unit only within its era: codes were
/// reused with new meanings on 1 July 2025. Codes are text: leading zeros are part of them.
/// </summary>
public sealed class AdministrativeUnits
{
    private readonly Dictionary<string, Province> _provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, District> _districts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Commune> _communes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Commune>> _communesByDistrict = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<Commune>> _communesByProvince = new(StringComparer.Ordinal);

    public AdministrativeUnits(AdministrativeEra era, IEnumerable<(Province Province, District? District, Commune Commune)> rows)
    {
        Era = era;
        foreach (var (province, district, commune) in rows)
        {
            _provinces.TryAdd(province.Code, province);
            _communes[commune.Code] = commune;
            Add(_communesByProvince, province.Code, commune);
            if (district is null) continue;
            _districts.TryAdd(district.Code, district);
            Add(_communesByDistrict, district.Code, commune);
        }
    }

    private static void Add(Dictionary<string, List<Commune>> index, string key, Commune commune)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(commune);
    }

    public AdministrativeEra Era { get; }

    /// <summary>Whether this era has districts (reports by district) or not (reports by province or commune).</summary>
    public bool HasDistricts => _districts.Count > 0;

    public IReadOnlyList<Commune> CommunesOfProvince(string provinceCode) =>
        _communesByProvince.TryGetValue(provinceCode, out var list) ? list : [];

    public Province? Province(string code) => _provinces.GetValueOrDefault(code);
    public District? District(string code) => _districts.GetValueOrDefault(code);
    public Commune? Commune(string code) => _communes.GetValueOrDefault(code);

    public IReadOnlyList<Commune> CommunesOf(string districtCode) =>
        _communesByDistrict.TryGetValue(districtCode, out var list) ? list : [];

    public IEnumerable<District> DistrictsOf(string provinceCode) =>
        _districts.Values.Where(d => d.ProvinceCode == provinceCode).OrderBy(d => d.Code, StringComparer.Ordinal);

    public IEnumerable<Province> Provinces => _provinces.Values.OrderBy(p => p.Code, StringComparer.Ordinal);

    /// <summary>
    /// Loads an era's list; a file without district columns is an era without districts. The types
    /// of provinces and districts come from the file's own <c>province_type</c> column or, for the
    /// pre-reform list (which has only commune types), from the list of districts
    /// (<c>admin_districts_2024.csv</c>): a unit's type is never guessed from its communes.
    /// </summary>
    internal static AdministrativeUnits Load(AdministrativeEra era, string path, string? districtsPath = null)
    {
        var districtTypes = new Dictionary<string, (string District, string Province)>(StringComparer.Ordinal);
        if (districtsPath is not null)
            foreach (var r in CsvFile.Read(districtsPath))
                districtTypes[r["district_code"]] = (r["district_type"], UnitDisplayName.ProvinceType(r["province_type"]));
        return new(era, CsvFile.Read(path).Select(r =>
        {
            var districtCode = r.GetValueOrDefault("district_code");
            var types = districtCode is not null && districtTypes.TryGetValue(districtCode, out var known) ? known
                : districtCode is not null ? throw new InvalidDataException($"{path}: district {districtCode} has no type in the list of districts")
                : (District: string.Empty, Province: UnitDisplayName.ProvinceType(r["province_type"]));
            var district = districtCode is null ? null : new District(districtCode, r["district_name"], r["province_code"], types.District);
            return (new Province(r["province_code"], r["province_name"], types.Province), district,
                new Commune(r["commune_code"], r["commune_name"], r["commune_type"], districtCode, r["province_code"]));
        }));
    }
}
