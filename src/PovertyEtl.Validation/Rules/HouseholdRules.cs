using PovertyEtl.Reading.Sheets;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

using static PovertyEtl.Validation.Rules.MessageNumbers;

namespace PovertyEtl.Validation.Rules;

/// <summary>
/// The rules over <c>DanhSachHo</c>, fed one household at a time as the sheet streams by: codes
/// unique, at least one member, the commune in <c>TongHop</c>, the category as the poverty
/// standard of the review year says; and at the end, each commune's poor and near-poor counts
/// equal its <c>TongHop</c> year-end stocks, and its poor households headed by someone not Kinh
/// its stated ethnic-minority poor.
/// </summary>
public sealed class HouseholdRules
{
    private readonly Reading.Layout.SheetLayout _layout;
    private readonly CommuneTable? _summary;
    private readonly Dictionary<string, CommuneSummary> _summaryByCode;
    private readonly AdministrativeUnits _units;
    private readonly PovertyStandard? _standard;
    private readonly int? _year;
    private readonly FindingList _findings;
    private readonly Dictionary<string, int> _rowOfCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Poor, int NearPoor)> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _poorMinority = new(StringComparer.Ordinal);
    private readonly string? _kinhCode;
    private bool _countsComplete = true;
    private bool _minorityComplete = true;
    private int _observed;

    /// <summary>
    /// TongHop has communes and every one has a readable commune code. Otherwise "not in TongHop"
    /// cannot be told apart from "in the row whose code did not read" (or "TongHop has no rows"),
    /// and that cause was reported already.
    /// </summary>
    private readonly bool _summaryCodesKnown;

    internal HouseholdRules(Reading.Layout.SheetLayout layout, CommuneTable? summary, AdministrativeUnits units, PovertyStandard? standard, int? year,
        Vocabulary ethnicities, FindingList findings)
    {
        _layout = layout;
        _summary = summary;
        _summaryByCode = summary?.Communes.Where(c => c.CommuneCode is not null)
            .GroupBy(c => c.CommuneCode!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            ?? new Dictionary<string, CommuneSummary>(StringComparer.Ordinal);
        _summaryCodesKnown = summary is not null && summary.Communes.Count > 0 && summary.Communes.All(c => c.CommuneCode is not null);
        _units = units;
        _standard = standard;
        _year = year;
        // The majority group by its official name in ethnicities.csv (GSO code 01): every other head is of a minority.
        _kinhCode = ethnicities.Match("Kinh")?.Code;
        _findings = findings;
    }

    /// <summary>
    /// Codes are remembered for the whole list: a code longer than any real one is remembered by
    /// its hash, so a million 32,767-character codes cost what a million short ones do.
    /// </summary>
    private static string DuplicateKey(string code) =>
        code.Length <= 64 ? code : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(code)));

    public void Observe(Household household)
    {
        _observed++;
        SourceCell At(string key) => _layout.Cell(key, household.Row) ?? new SourceCell(_layout.SheetName, 1, household.Row);
        var code = household.HouseholdCode;
        // Quoted from the household list: an ID number or a name typed as the code is masked, and only an excerpt shown.
        var label = code is null ? $"dòng {household.Row}" : Excerpt.Of(PersonalDataMask.Mask(code));
        if (code is not null)
        {
            var key = DuplicateKey(code);
            if (_rowOfCode.TryGetValue(key, out var first))
                _findings.Add(RuleCatalogue.HouseholdDuplicate.At(At("household_code"), label, label, first, household.Row));
            else
                _rowOfCode[key] = household.Row;
        }
        if (household.Members is < 1)
            _findings.Add(RuleCatalogue.HouseholdMembers.At(At("members"), Stored(household.Members), label, MessageNumbers.Count(household.Members)));
        if (household.CommuneCode is { } commune && _summaryCodesKnown && !_summaryByCode.ContainsKey(commune))
            _findings.Add(RuleCatalogue.HouseholdCommuneNotInSummary.At(At("commune_code"), commune, label, commune));
        Count(household);
        CheckCategory(household, label, At);
    }

    private void Count(Household household)
    {
        if (household.CommuneCode is not { } commune || household.Category is not { } category)
        {
            // Its unreadable cell was reported; counting without it would add a second, derived error.
            _countsComplete = false;
            return;
        }
        var (poor, nearPoor) = _counts.GetValueOrDefault(commune);
        _counts[commune] = category == HouseholdCategory.Poor ? (poor + 1, nearPoor) : (poor, nearPoor + 1);
        if (category != HouseholdCategory.Poor) return;
        if (household.EthnicityCode is not { } ethnicity) _minorityComplete = false;
        else if (ethnicity != _kinhCode) _poorMinority[commune] = _poorMinority.GetValueOrDefault(commune) + 1;
    }

    private void CheckCategory(Household h, string label, Func<string, SourceCell> at)
    {
        if (_standard is null || _year is null || h.Category is not { } stated || h.IncomePerCapitaVnd is not { } income || !h.DeprivationsComplete) return;
        if (h.Area is not { } a) return;
        var expected = _standard.Classify(a, income, h.DeprivationCount);
        if (expected == stated) return;
        _findings.Add(RuleCatalogue.HouseholdCategoryStandard.At(at("category"), ((HouseholdCategory?)stated).VietnameseName(),
            label, ((HouseholdCategory?)stated).VietnameseName(), _year, _standard.Name, a == Area.Rural ? "nông thôn" : "thành thị",
            Lines(_standard, a), Money(income), h.DeprivationCount, _standard.Indicators.Count, expected.VietnameseName()));
    }

    /// <summary>The lines a household was judged by: QĐ 59 also makes a household poor on income alone.</summary>
    private static string Lines(PovertyStandard standard, Area area) =>
        $"chuẩn thu nhập {Money(standard.IncomeLine(area))} đồng/người/tháng" +
        (standard.IncomeOnlyLine(area) is { } incomeOnly ? $", nghèo theo thu nhập khi không quá {Money(incomeOnly)} đồng" : string.Empty);

    /// <summary>After the last household: each commune's counts against its TongHop stocks.</summary>
    public void Complete()
    {
        // A template's empty household sheet left in place means "no list sent", not "no poor households".
        if (_observed == 0)
        {
            _findings.Add(RuleCatalogue.HouseholdListEmpty.InSheet(_layout.SheetName, _layout.SheetName));
            return;
        }
        if (_summary is null || !_countsComplete) return;
        var layout = _summary.Layout;
        foreach (var c in _summaryByCode.Values)
        {
            var (poor, nearPoor) = _counts.GetValueOrDefault(c.CommuneCode!);
            var label = CommuneRules.Label(c, _units.Commune(c.CommuneCode!));
            if (c.PoorEnd is { } poorEnd && poorEnd != poor && layout.Cell("poor_end", c.Row) is { } poorCell)
                _findings.Add(RuleCatalogue.HouseholdCountMismatch.At(poorCell, Stored(poorEnd), label, MessageNumbers.Count(poorEnd), "hộ nghèo", MessageNumbers.Count(poor)));
            if (c.NearPoorEnd is { } nearEnd && nearEnd != nearPoor && layout.Cell("near_poor_end", c.Row) is { } nearCell)
                _findings.Add(RuleCatalogue.HouseholdCountMismatch.At(nearCell, Stored(nearEnd), label, MessageNumbers.Count(nearEnd), "hộ cận nghèo", MessageNumbers.Count(nearPoor)));
            // A poor household missing from the list, or one too many, is one cause: its ethnicity is not a second finding.
            if (c.PoorEnd == poor) CheckMinority(c, label, layout);
        }
    }

    /// <summary>The optional ethnic-minority poor of TongHop against the poor heads in the list who are not Kinh.</summary>
    private void CheckMinority(CommuneSummary c, string label, Reading.Layout.SheetLayout layout)
    {
        // Over poor_end it is an error already (ETHNIC_MINORITY_EXCEEDS_POOR): one cause, one finding.
        if (!_minorityComplete || _kinhCode is null || c.PoorEthnicMinorityEnd is not { } stated || stated > c.PoorEnd) return;
        var listed = _poorMinority.GetValueOrDefault(c.CommuneCode!);
        if (stated != listed && layout.Cell("poor_ethnic_minority_end", c.Row) is { } cell)
            _findings.Add(RuleCatalogue.PoorEthnicMinorityMismatch.At(cell, Stored(stated), label, MessageNumbers.Count(stated), MessageNumbers.Count(listed)));
    }

}
