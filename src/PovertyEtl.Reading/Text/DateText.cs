using System.Globalization;

namespace PovertyEtl.Reading.Text;

/// <summary>Dates written as text: day first, always (<c>dd/MM/yyyy</c>, <c>d/M/yyyy</c>; <c>-</c> and <c>.</c> also separate).</summary>
public static class DateText
{
    private static readonly string[] Patterns =
        ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "dd-MM-yyyy", "d.M.yyyy", "dd.MM.yyyy"];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Patterns, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
