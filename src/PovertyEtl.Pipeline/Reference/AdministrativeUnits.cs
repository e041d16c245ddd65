namespace PovertyEtl.Pipeline.Reference;

public sealed record Province(string Code, string Name);

public sealed record District(string Code, string Name, string ProvinceCode);

/// <summary>A commune-level unit: xã (rural), phường or thị trấn (urban).</summary>
public sealed record Commune(string Code, string Name, string Type, string DistrictCode, string ProvinceCode);

/// <summary>
/// The official administrative units (GSO codes) of the pre-reform era: provinces, their
/// districts and communes. Codes are text: leading zeros are part of them.
/// </summary>
public sealed class AdministrativeUnits
{
    private readonly Dictionary<string, Province> _provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, District> _districts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Commune> _communes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Commune>> _communesByDistrict = new(StringComparer.Ordinal);

    public AdministrativeUnits(IEnumerable<(Province Province, District District, Commune Commune)> rows)
    {
        foreach (var (province, district, commune) in rows)
        {
            _provinces.TryAdd(province.Code, province);
            _districts.TryAdd(district.Code, district);
            _communes[commune.Code] = commune;
            if (!_communesByDistrict.TryGetValue(district.Code, out var list)) _communesByDistrict[district.Code] = list = [];
            list.Add(commune);
        }
    }

    public Province? Province(string code) => _provinces.GetValueOrDefault(code);
    public District? District(string code) => _districts.GetValueOrDefault(code);
    public Commune? Commune(string code) => _communes.GetValueOrDefault(code);

    public IReadOnlyList<Commune> CommunesOf(string districtCode) =>
        _communesByDistrict.TryGetValue(districtCode, out var list) ? list : [];

    public IEnumerable<District> DistrictsOf(string provinceCode) =>
        _districts.Values.Where(d => d.ProvinceCode == provinceCode).OrderBy(d => d.Code, StringComparer.Ordinal);

    public IEnumerable<Province> Provinces => _provinces.Values.OrderBy(p => p.Code, StringComparer.Ordinal);

    internal static AdministrativeUnits Load(string path) =>
        new(CsvFile.Read(path).Select(r => (
            new Province(r["province_code"], r["province_name"]),
            new District(r["district_code"], r["district_name"], r["province_code"]),
            new Commune(r["commune_code"], r["commune_name"], r["commune_type"], r["district_code"], r["province_code"]))));
}
