using System.Globalization;
using PovertyEtl.Reading.Text;

namespace PovertyEtl.Validation.Rules;

/// <summary>
/// Numbers as a Vietnamese message quotes them (<c>1.250</c> hộ, <c>85,71</c>%,
/// <c>1.500.000</c> đồng); a finding's value stays as the cell shows it.
/// </summary>
internal static class MessageNumbers
{
    public static string Count(long? value) => value is { } v ? VietnameseNumbers.Grouped(v) : string.Empty;

    /// <summary>A rate in points, two decimals at most: 85,71.</summary>
    public static string Points(decimal value) => VietnameseNumbers.Decimal(Math.Round(value, 2), 2);

    /// <summary>Whole đồng, thousands grouped: 1.500.000.</summary>
    public static string Money(decimal value) => VietnameseNumbers.Grouped((long)Math.Round(value));

    /// <summary>The value of a count cell as stored, for a finding's value.</summary>
    public static string Stored(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
