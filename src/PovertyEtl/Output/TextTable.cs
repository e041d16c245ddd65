using System.Globalization;

namespace PovertyEtl.Output;

/// <summary>Rows as an aligned plain-text table: numbers to the right, text to the left.</summary>
public static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        var cells = rows.Select(r => r.Select(Format).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        var numeric = columns.Select((_, i) => rows.Count > 0 && rows.All(r => r[i] is null or sbyte or byte or short or int or long or decimal or double or float or System.Numerics.BigInteger)).ToArray();
        output.WriteLine(string.Join("  ", columns.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
            output.WriteLine(string.Join("  ", row.Select((v, i) => numeric[i] ? v.PadLeft(widths[i]) : v.PadRight(widths[i]))).TrimEnd());
        output.WriteLine($"({rows.Count} dòng / rows)");
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ssK", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
