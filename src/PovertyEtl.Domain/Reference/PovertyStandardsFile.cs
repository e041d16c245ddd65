using System.Globalization;

namespace PovertyEtl.Domain.Reference;

/// <summary>
/// Reads <c>poverty_standards.csv</c> and <c>indicators.csv</c> together: each standard with its
/// own indicator set, in the file's order (the order is the bit of the deprivation mask). A file
/// that would make a review year ambiguous or a mask unreadable is refused at start.
/// </summary>
internal static class PovertyStandardsFile
{
    /// <summary>A household's deprivations are an <c>int</c> mask: one bit per indicator.</summary>
    private const int MaxIndicators = 31;

    public static IReadOnlyList<PovertyStandard> Load(string standardsPath, string indicatorsPath)
    {
        var indicators = CsvFile.Read(indicatorsPath).GroupBy(r => r["standard_code"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select((r, i) => new Indicator(g.Key, i, r["code"], r["dimension_code"], r["dimension_name"],
                r["dimension_name_en"], r["name"], r["name_en"],
                r["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList(), StringComparer.Ordinal);
        var standards = CsvFile.Read(standardsPath).Select(r =>
        {
            var code = r["code"];
            var set = indicators.GetValueOrDefault(code) ?? throw new InvalidDataException($"{indicatorsPath}: no indicators for the standard {code}");
            return new PovertyStandard(code, r["name"], Int(r["from_year"]), Int(r["to_year"]),
                Vnd(r["rural_income_only_line_vnd"]), Vnd(r["urban_income_only_line_vnd"]),
                Vnd(r["rural_income_line_vnd"]) ?? throw Missing(code, "rural_income_line_vnd"),
                Vnd(r["urban_income_line_vnd"]) ?? throw Missing(code, "urban_income_line_vnd"),
                Int(r["min_deprivations_poor"]), bool.Parse(r["provisional"]), set);
        }).ToList();
        Check(standards, indicators.Keys, standardsPath, indicatorsPath);
        return standards;

        InvalidDataException Missing(string code, string column) => new($"{standardsPath}: {code} has no {column}");
    }

    private static void Check(List<PovertyStandard> standards, IEnumerable<string> indicatorStandards, string standardsPath, string indicatorsPath)
    {
        foreach (var s in standards)
        {
            if (s.FromYear > s.ToYear) throw new InvalidDataException($"{standardsPath}: {s.Code} ends ({s.ToYear}) before it starts ({s.FromYear})");
            if (standards.FirstOrDefault(o => o != s && o.FromYear <= s.ToYear && s.FromYear <= o.ToYear) is { } other)
                throw new InvalidDataException($"{standardsPath}: {s.Code} and {other.Code} both cover a year; a review year has one standard");
            if (s.Indicators.Count > MaxIndicators) throw new InvalidDataException($"{indicatorsPath}: {s.Code} has more than {MaxIndicators} indicators");
            if (s.Indicators.GroupBy(i => i.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw new InvalidDataException($"{indicatorsPath}: {s.Code} lists {twice.Key} twice");
        }
        if (indicatorStandards.FirstOrDefault(code => standards.All(s => s.Code != code)) is { } unknown)
            throw new InvalidDataException($"{indicatorsPath}: indicators of {unknown}, a standard {standardsPath} does not name");
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static decimal? Vnd(string text) => text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture);
}
