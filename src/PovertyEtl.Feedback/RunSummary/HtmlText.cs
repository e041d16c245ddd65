using System.Globalization;
using System.Text;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>Text made safe for HTML and SVG, and numbers written the Vietnamese way (<c>3,21 %</c>, <c>1.234</c>).</summary>
internal static class HtmlText
{
    /// <summary>
    /// Only the five characters markup gives meaning to are escaped; Vietnamese letters stay as
    /// they are (the page is UTF-8), so the file reads, and searches, as written.
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0) return text ?? string.Empty;
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var entity = c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => null };
            if (entity is null) encoded.Append(c);
            else encoded.Append(entity);
        }
        return encoded.ToString();
    }

    public static string Percent(decimal? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " %" : "—";

    /// <summary>A threshold as configured, without trailing zeros: <c>4 %</c>, <c>2,5 %</c>.</summary>
    public static string Threshold(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',') + " %";

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A coordinate in SVG, always with a decimal point.</summary>
    public static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
