namespace PovertyEtl.Domain.Reports;

/// <summary>Excel's A1 notation: column letters and row numbers, as the officer sees them.</summary>
public static class CellAddress
{
    public static string ColumnLetters(int column)
    {
        Span<char> buffer = stackalloc char[4];
        var at = buffer.Length;
        for (var n = column; n > 0; n = (n - 1) / 26) buffer[--at] = (char)('A' + (n - 1) % 26);
        return new string(buffer[at..]);
    }

    public static string Of(int column, int row) => ColumnLetters(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Splits <c>AB12</c> into column 28 and row 12; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int column, out int row)
    {
        column = 0; row = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            // Past XFD already: more letters would only overflow (AATYHWUM3).
            if (column > 16384) return false;
        }
        if (i == 0) return false;
        for (; i < reference.Length; i++)
        {
            if (!char.IsAsciiDigit(reference[i]) || row > 1_048_576) return false;
            row = row * 10 + (reference[i] - '0');
        }
        return row > 0 || reference.Length == i;
    }
}
