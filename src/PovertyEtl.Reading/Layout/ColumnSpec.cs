using PovertyEtl.Domain.Limits;
using PovertyEtl.Reading.Text;

namespace PovertyEtl.Reading.Layout;

/// <summary>
/// A column of a report table: its field key (as the format names it), the header the officer
/// knows it by, the other headers accepted, whether it must be there, and what it holds.
/// <paramref name="Maximum"/>: the largest sane value of a count or an amount (in the unit it is
/// read into), from <see cref="ReadLimits"/>; a count has the bound of a commune's households unless told.
/// </summary>
public sealed record ColumnSpec(string Key, string Header, IReadOnlyList<string> Aliases, bool Required, ValueKind Kind, int CodeDigits = 0, decimal? Maximum = null)
{
    public decimal? Bound => Maximum ?? Kind switch
    {
        ValueKind.Count => ReadLimits.CommuneHouseholds,
        ValueKind.Percent => ReadLimits.RatePoints,
        _ => null,
    };

    public IEnumerable<string> Headers => Aliases.Prepend(Header);

    /// <summary>For a message: the headers accepted, as the format spells them.</summary>
    public string HeaderListing => string.Join(" / ", Headers.Distinct());

    public bool IsNumeric => Kind is ValueKind.Count or ValueKind.Money or ValueKind.Percent;

    /// <summary>
    /// Whether a header cell names this column: after the format's normalisation, exactly; or,
    /// as people also write them, with a leading <c>Số</c> or a <c>%</c> more or less
    /// (<c>Số hộ nghèo đầu kỳ</c>, <c>Tỷ lệ hộ nghèo cuối kỳ (%)</c>).
    /// </summary>
    public bool Matches(string headerKey, string looseHeaderKey) =>
        _keys.Value.Exact.Contains(headerKey) || _keys.Value.Loose.Contains(looseHeaderKey);

    private readonly Lazy<(HashSet<string> Exact, HashSet<string> Loose)> _keys = new(() => (
        new HashSet<string>(Aliases.Prepend(Header).Select(MatchKey.Of), StringComparer.Ordinal),
        new HashSet<string>(Aliases.Prepend(Header).Select(h => Loose(MatchKey.Of(h))), StringComparer.Ordinal)));

    public static string Loose(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "%").ToList();
        if (words.Count > 2 && words[0] == "so") words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
