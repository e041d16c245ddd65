using System.Text;
using PovertyEtl.Reading.Text;

namespace PovertyEtl.Reading.Layout;

/// <summary>The unit a money header states, read before normalising: đồng unless it says <c>triệu</c> or <c>nghìn</c>.</summary>
internal static class MoneyUnit
{
    public static decimal OfHeader(string header)
    {
        var folded = Fold(header);
        if (folded.Contains("trieu", StringComparison.Ordinal) || folded.Contains("tr.d", StringComparison.Ordinal)) return 1_000_000m;
        if (folded.Contains("nghin", StringComparison.Ordinal) || folded.Contains("ngan dong", StringComparison.Ordinal)) return 1_000m;
        return 1m;
    }

    private static string Fold(string text) => MatchKey.FoldDiacritics(text.Normalize(NormalizationForm.FormC)).ToLowerInvariant();
}
