using System.Globalization;

namespace PovertyEtl.Domain.Text;

/// <summary>Numbers written as Vietnamese officers type them: <c>.</c> or a space groups thousands, <c>,</c> marks decimals.</summary>
public static class VietnameseNumbers
{
    /// <summary>1234567 as <c>1.234.567</c> (or <c>1 234 567</c>).</summary>
    public static string Grouped(long value, char separator = '.') => Decimal(value, 0, separator);

    /// <summary>1234.5 as <c>1.234,5</c>: at most <paramref name="maxPlaces"/> decimals, none when whole.</summary>
    public static string Decimal(decimal value, int maxPlaces, char separator = '.')
    {
        var format = maxPlaces == 0 ? "#,0" : "#,0." + new string('#', maxPlaces);
        var invariant = value.ToString(format, CultureInfo.InvariantCulture);
        return string.Create(invariant.Length, (invariant, separator), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.invariant[i];
                span[i] = c == ',' ? state.separator : c == '.' ? ',' : c;
            }
        });
    }
}
