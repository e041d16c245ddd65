using System.Globalization;
using System.Text;

namespace PovertyEtl.Domain.Text;

/// <summary>
/// The comparison form of a header, label, enumerated value or official name, as the
/// format's "Matching" section defines it: NFC, no diacritics (đ → d), lower case, text in
/// parentheses dropped except a <c>%</c> in it, punctuation other than <c>%</c> as spaces,
/// white space trimmed and collapsed.
/// </summary>
public static class MatchKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var folded = FoldDiacritics(text.Normalize(NormalizationForm.FormC));
        var builder = new StringBuilder(folded.Length);
        var depth = 0;
        var percentInParentheses = false;
        foreach (var c in folded)
        {
            if (c == '(') { depth++; continue; }
            if (c == ')' && depth > 0)
            {
                depth--;
                if (depth == 0 && percentInParentheses) { builder.Append(" % "); percentInParentheses = false; }
                continue;
            }
            if (depth > 0) { if (c == '%') percentInParentheses = true; continue; }
            builder.Append(c == '%' || char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return Collapse(builder);
    }

    /// <summary>Sheet names compare like headers with every space removed (<c>Thông tin</c> = <c>ThongTin</c>).</summary>
    public static string OfSheetName(string? name) => Of(name).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static readonly string[] UnitTypeWords =
        ["thanh pho", "thi tran", "thi xa", "dac khu", "tinh", "huyen", "quan", "phuong", "xa"];

    /// <summary>
    /// Official names (province, district, commune) compare like headers, ignoring a leading
    /// unit type on either side: <c>Xã Ngọc Biên</c> = <c>Ngọc Biên</c>.
    /// </summary>
    public static string OfUnitName(string? name)
    {
        var key = Of(name);
        foreach (var word in UnitTypeWords)
        {
            if (key.Length > word.Length + 1 && key.StartsWith(word, StringComparison.Ordinal) && key[word.Length] == ' ')
                return key[(word.Length + 1)..];
        }
        return key;
    }

    /// <summary>The text without Vietnamese diacritics (đ → d), case and spacing kept.</summary>
    public static string FoldDiacritics(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Collapse(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { pendingSpace = result.Length > 0; continue; }
            if (pendingSpace) { result.Append(' '); pendingSpace = false; }
            result.Append(c);
        }
        return result.ToString();
    }
}
