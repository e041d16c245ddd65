using PovertyEtl.Domain.Limits;
using System.Globalization;

namespace PovertyEtl.Reading.Workbook;

public enum CellKind : byte
{
    Empty,
    Number,
    Text,
    Boolean,
    /// <summary>An Excel error value such as <c>#DIV/0!</c> or <c>#REF!</c>.</summary>
    Error,
    /// <summary>A formula saved without its result (some generators do this): there is no value to read.</summary>
    FormulaWithoutValue,
    /// <summary>A text longer than an Excel cell holds (<see cref="ReadLimits.CellCharacters"/>): not a value to read.</summary>
    TextOverLimit,
}

/// <summary>How a number cell is shown, which decides what the number means.</summary>
public enum NumberFormatKind : byte { General, Percent, Date }

/// <summary>One cell as stored: its column, kind, number or text, and how a number is formatted.</summary>
public readonly record struct RawCell(int Column, CellKind Kind, double Number, string? Text, NumberFormatKind Format)
{
    public bool IsBlank => Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));

    /// <summary>The value as the officer would quote it back in a message.</summary>
    public string Display => Kind switch
    {
        CellKind.Number when Format == NumberFormatKind.Percent => (Number * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        CellKind.Number => Number.ToString("0.##########", CultureInfo.InvariantCulture),
        CellKind.Boolean => Number != 0 ? "TRUE" : "FALSE",
        CellKind.FormulaWithoutValue => "=" + (Text ?? string.Empty),
        _ => Text ?? string.Empty,
    };

    /// <summary>
    /// The value as a Vietnamese Excel shows it, for findings: a decimal comma (12,5; 85,71%), and
    /// only an excerpt of a long text (<see cref="Excerpt"/>).
    /// </summary>
    public string Quoted => Kind == CellKind.Number ? Display.Replace('.', ',') : Excerpt.Of(Display);
}
