using System.Globalization;

namespace PovertyEtl.Reading.Text;

/// <summary>Why a text did not read as the number its column expects.</summary>
public enum NumberTextProblem
{
    None,
    NotANumber,
    /// <summary><c>1,234</c> in a count: thousands (1234) or a decimal (1.234)?</summary>
    AmbiguousComma,
}

/// <summary>A number read from text, or the reason it could not be (a value, never an exception).</summary>
public readonly record struct NumberTextResult(decimal Value, NumberTextProblem Problem)
{
    public bool IsOk => Problem == NumberTextProblem.None;
    public static NumberTextResult Ok(decimal value) => new(value, NumberTextProblem.None);
    public static readonly NumberTextResult NotANumber = new(0, NumberTextProblem.NotANumber);
    public static readonly NumberTextResult Ambiguous = new(0, NumberTextProblem.AmbiguousComma);
}

/// <summary>
/// Numbers written as text, the Vietnamese way: <c>.</c> or a space groups thousands,
/// <c>,</c> is the decimal mark. Percentages also accept a single <c>.</c> as the decimal mark.
/// </summary>
public static class NumberText
{
    /// <summary>A count or an amount: <c>1.234</c>, <c>1 234</c>, <c>12,5</c>. In a count, a comma followed by exactly three digits is ambiguous.</summary>
    public static NumberTextResult Parse(string text, bool commaFollowedByThreeDigitsIsAmbiguous)
    {
        var s = Compact(text, out var negative);
        if (s.Length == 0) return NumberTextResult.NotANumber;
        var comma = s.IndexOf(',');
        if (comma >= 0 && s.IndexOf(',', comma + 1) >= 0) return NumberTextResult.NotANumber;
        var integerPart = comma >= 0 ? s[..comma] : s;
        var fractionPart = comma >= 0 ? s[(comma + 1)..] : string.Empty;
        if (comma >= 0 && (fractionPart.Length == 0 || !AllDigits(fractionPart))) return NumberTextResult.NotANumber;
        if (!TryGroupedInteger(integerPart, out var whole)) return NumberTextResult.NotANumber;
        if (commaFollowedByThreeDigitsIsAmbiguous && fractionPart.Length == 3 && integerPart.IndexOf('.') < 0)
            return NumberTextResult.Ambiguous;
        var value = whole;
        // Through TryParse, not whole + fraction: a whole part at decimal's limit would overflow.
        if (fractionPart.Length > 0
            && !decimal.TryParse(whole.ToString(CultureInfo.InvariantCulture) + "." + fractionPart, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return NumberTextResult.NotANumber;
        return NumberTextResult.Ok(negative ? -value : value);
    }

    /// <summary>
    /// A percentage: <c>85,71%</c>, <c>85,71</c>, <c>85.71 %</c>. A rate is never in the
    /// thousands, so a single <c>.</c> or <c>,</c> is always the decimal mark.
    /// </summary>
    public static NumberTextResult ParsePercent(string text)
    {
        var s = Compact(text.Replace("%", string.Empty, StringComparison.Ordinal), out var negative);
        if (s.Length == 0) return NumberTextResult.NotANumber;
        var separators = s.Count(c => c is '.' or ',');
        if (separators == 1)
        {
            var at = s.IndexOfAny(['.', ',']);
            var left = s[..at];
            var right = s[(at + 1)..];
            if (left.Length == 0) left = "0";
            if (!AllDigits(left) || right.Length == 0 || !AllDigits(right)) return NumberTextResult.NotANumber;
            if (!decimal.TryParse(left + "." + right, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                return NumberTextResult.NotANumber;
            return NumberTextResult.Ok(negative ? -value : value);
        }
        return Parse(text.Replace("%", string.Empty, StringComparison.Ordinal), commaFollowedByThreeDigitsIsAmbiguous: false);
    }

    /// <summary>Removes spaces that group thousands, checking that they do group by three.</summary>
    private static string Compact(string text, out bool negative)
    {
        var s = text.Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();
        negative = false;
        if (s.StartsWith('-') || s.StartsWith('\u2212')) { negative = true; s = s[1..].TrimStart(); }
        else if (s.StartsWith('+')) s = s[1..].TrimStart();
        if (s.Contains(' ', StringComparison.Ordinal))
        {
            var groups = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < groups.Length; i++)
            {
                var digitsBeforeDecimal = groups[i].IndexOf(',') is var c and >= 0 ? c : groups[i].Length;
                if (digitsBeforeDecimal != 3) return string.Empty;
            }
            s = string.Concat(groups);
        }
        return s;
    }

    /// <summary><c>1234</c> or <c>1.234.567</c> (dots every three digits).</summary>
    private static bool TryGroupedInteger(string s, out decimal value)
    {
        value = 0;
        if (s.Length == 0) return false;
        var groups = s.Split('.');
        if (groups.Length > 1)
        {
            if (groups[0].Length is < 1 or > 3) return false;
            for (var i = 1; i < groups.Length; i++) if (groups[i].Length != 3) return false;
        }
        foreach (var g in groups) if (!AllDigits(g)) return false;
        return decimal.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool AllDigits(string s)
    {
        if (s.Length == 0) return false;
        foreach (var c in s) if (c is < '0' or > '9') return false;
        return true;
    }
}
