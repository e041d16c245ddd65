using System.Text;
using System.Text.RegularExpressions;

namespace PovertyEtl.Domain.Text;

/// <summary>
/// Masks what looks like personal data in a text quoted from the household list, before it
/// becomes a finding (so before <c>etl.finding</c>, the findings file, the summary page and the
/// findings sheet): a run of 9 to 12 digits (an ID number, also one that lost its leading zero
/// in a number cell) keeps its first 4 and last 2 digits (<c>0790******12</c>); the household
/// head's name, and any text of 2 to 6 capitalised words (a name in the wrong column), keeps
/// the first letter of each word (<c>N*** V** A*</c>). See <c>docs/limits.md</c>.
/// </summary>
public static partial class PersonalDataMask
{
    public static string Mask(string text, string? headName = null)
    {
        if (text.Length == 0) return text;
        if (!string.IsNullOrWhiteSpace(headName) && headName.Trim().Length > 1)
            text = text.Replace(headName.Trim(), MaskWords(headName.Trim()), StringComparison.OrdinalIgnoreCase);
        text = IdShaped().Replace(text, m => MaskDigits(m.Value));
        return NameShaped().Replace(text, m => MaskWords(m.Value));
    }

    private static string MaskDigits(string digits)
    {
        var kept = digits.Length >= 12 ? 4 : 3;
        return string.Concat(digits.AsSpan(0, kept), new string('*', digits.Length - kept - 2), digits.AsSpan(digits.Length - 2));
    }

    private static string MaskWords(string words)
    {
        var masked = new StringBuilder(words.Length);
        var wordStart = true;
        foreach (var c in words)
        {
            if (char.IsWhiteSpace(c)) { masked.Append(c); wordStart = true; continue; }
            masked.Append(wordStart ? c : '*');
            wordStart = false;
        }
        return masked.ToString();
    }

    [GeneratedRegex(@"(?<!\d)\d{9,12}(?!\d)")]
    private static partial Regex IdShaped();

    // A capitalised word: an upper-case letter, then letters or combining marks (Vietnamese typed decomposed).
    [GeneratedRegex(@"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){1,5}(?![\p{L}\p{M}])")]
    private static partial Regex NameShaped();
}
