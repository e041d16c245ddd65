namespace PovertyEtl.Domain.Reference;

/// <summary>
/// Everything the product knows from outside a report, loaded explicitly at start from the data
/// files under <c>config/reference/</c>: administrative units, poverty standards by period,
/// indicators and the vocabularies of the enumerated columns.
/// </summary>
public sealed class ReferenceData
{
    /// <summary>The units of reports of 2024 and before (with districts).</summary>
    public required AdministrativeUnits Units { get; init; }

    /// <summary>The units of reports of 2025 and after (no districts, 34 provinces).</summary>
    public required AdministrativeUnits UnitsFromReform { get; init; }

    /// <summary>How the pre-reform communes make up the new ones.</summary>
    public required UnitSuccession Succession { get; init; }
    /// <summary>Every standard since 2016, each with its lines and its own indicator set; a review year has at most one.</summary>
    public required IReadOnlyList<PovertyStandard> PovertyStandards { get; init; }
    public required Vocabulary Categories { get; init; }
    public required Vocabulary Programs { get; init; }
    public required Vocabulary Ethnicities { get; init; }
    public required Vocabulary Areas { get; init; }
    public required Vocabulary HouseholdChanges { get; init; }

    /// <summary>The standard a review of <paramref name="year"/> is judged by: chosen by the review year, never by the date of the report.</summary>
    public PovertyStandard? StandardFor(int year) => PovertyStandards.FirstOrDefault(s => s.Covers(year));

    /// <summary>The units a report of <paramref name="year"/> is written in: a code is always read together with the year.</summary>
    public AdministrativeUnits UnitsFor(int year) => AdministrativeEra.ForYear(year) == AdministrativeEra.FromReform ? UnitsFromReform : Units;

    private Dictionary<string, string>? _provinceAfterReform;

    /// <summary>
    /// The province a pre-reform province merged into on 1 July 2025 (Trà Vinh 84 → Vĩnh Long 86):
    /// where most of its communes went (provinces merged whole; a commune never changed province).
    /// </summary>
    public Province? ProvinceAfterReform(string oldProvinceCode)
    {
        _provinceAfterReform ??= Units.Provinces.ToDictionary(p => p.Code, p => Units.CommunesOfProvince(p.Code)
            .SelectMany(c => Succession.SuccessorsOf(c.Code))
            .Select(s => UnitsFromReform.Commune(s.NewCode)?.ProvinceCode)
            .OfType<string>()
            .GroupBy(code => code).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? string.Empty, StringComparer.Ordinal);
        return _provinceAfterReform.TryGetValue(oldProvinceCode, out var code) ? UnitsFromReform.Province(code) : null;
    }

    /// <summary>The folder shipped beside the executable.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "config", "reference");

    public static ReferenceData Load(string folder)
    {
        string File(string name)
        {
            var path = Path.Combine(folder, name);
            return System.IO.File.Exists(path) ? path : throw new FileNotFoundException($"reference data file missing: {path}", path);
        }

        return new ReferenceData
        {
            Units = AdministrativeUnits.Load(AdministrativeEra.BeforeReform, File("admin_units_2024.csv"), File("admin_districts_2024.csv")),
            UnitsFromReform = AdministrativeUnits.Load(AdministrativeEra.FromReform, File("admin_units_2025.csv")),
            Succession = UnitSuccession.Load(File("admin_merges_2025.csv"), File("admin_merges_2025_early.csv")),
            PovertyStandards = PovertyStandardsFile.Load(File("poverty_standards.csv"), File("indicators.csv")),
            Categories = Vocabulary.Load("category", File("categories.csv")),
            Programs = Vocabulary.Load("program", File("programs.csv")),
            Ethnicities = Vocabulary.Load("ethnicity", File("ethnicities.csv")),
            Areas = Vocabulary.Load("area", File("areas.csv")),
            HouseholdChanges = Vocabulary.Load("change", File("household_changes.csv")),
        };
    }
}
