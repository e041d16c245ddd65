using System.Globalization;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Reading.Text;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Reading.Sheets;

/// <summary>
/// Turns cells into typed values the format's way, and every cell that does not read into a
/// finding at that cell (never an exception). A column the sheet lacks reads as null quietly:
/// its absence was reported once, at the header.
/// </summary>
internal sealed class CellValues(IReadProblemSink problems)
{
    // Enumerated values and indicator marks repeat on every row ("x", "Kinh", "Hộ nghèo"):
    // their comparison keys are computed once per distinct text, up to a bound.
    private const int KeyCacheLimit = 4096;
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    private string KeyOf(string text)
    {
        if (_keys.TryGetValue(text, out var key)) return key;
        key = MatchKey.Of(text);
        if (_keys.Count < KeyCacheLimit) _keys[text] = key;
        return key;
    }

    /// <summary>The cell's content when it can be read at all; blank, error and formula-without-result cells are handled here.</summary>
    private bool TryContent(RawCell cell, SourceCell at, ColumnSpec spec, out RawCell content)
    {
        content = cell;
        switch (cell.Kind)
        {
            case CellKind.FormulaWithoutValue:
                problems.Report(ReadProblem.At(ReadProblemKind.ValueFormulaWithoutResult, at, cell.Quoted, cell.Quoted));
                return false;
            case CellKind.Error:
                problems.Report(ReadProblem.At(ReadProblemKind.ValueCellError, at, cell.Quoted, cell.Quoted, spec.Header));
                return false;
        }
        if (!cell.IsBlank) return true;
        if (spec.Required && spec.Kind != ValueKind.Indicator)
            problems.Report(ReadProblem.At(ReadProblemKind.ValueRequired, at, string.Empty, spec.Header));
        return false;
    }

    public string? Code(RawCell cell, SourceCell at, ColumnSpec spec)
    {
        if (!TryContent(cell, at, spec, out var content)) return null;
        var digits = spec.CodeDigits;
        string text;
        if (content.Kind == CellKind.Number)
        {
            // A code typed as a number loses its leading zeros (00004 becomes 4): put them back.
            if (content.Number < 0 || content.Number != Math.Floor(content.Number)) return BadCode(content, at, spec);
            text = ((long)content.Number).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
        }
        else
        {
            text = (content.Text ?? string.Empty).Trim().TrimStart('\'');
            if (text.Length == 0 || !text.All(char.IsAsciiDigit)) return BadCode(content, at, spec);
            text = text.PadLeft(digits, '0');
        }
        return text.Length == digits ? text : BadCode(content, at, spec);
    }

    private string? BadCode(RawCell cell, SourceCell at, ColumnSpec spec)
    {
        problems.Report(ReadProblem.At(ReadProblemKind.ValueCodeFormat, at, cell.Quoted, cell.Quoted, spec.Header, spec.CodeDigits));
        return null;
    }

    public string? Text(RawCell cell, SourceCell at, ColumnSpec spec) =>
        TryContent(cell, at, spec, out var content) ? content.Display.Trim() : null;

    /// <summary>Personal data: only whether it is there matters, and it is never kept.</summary>
    public void RequirePresent(RawCell cell, SourceCell at, ColumnSpec spec) => TryContent(cell, at, spec, out _);

    public long? Count(RawCell cell, SourceCell at, ColumnSpec spec)
    {
        if (!TryContent(cell, at, spec, out var content)) return null;
        decimal value;
        if (content.Kind == CellKind.Number)
        {
            if (!TryDecimal(content.Number, out value)) return NotNumber<long>(content, at, spec);
        }
        else if (content.Kind == CellKind.Boolean) return NotNumber<long>(content, at, spec);
        else
        {
            var parsed = NumberText.Parse(content.Text!, commaFollowedByThreeDigitsIsAmbiguous: true);
            if (parsed.Problem == NumberTextProblem.AmbiguousComma)
            {
                var thousands = content.Text!.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
                var grouped = content.Text!.Trim().Replace(',', '.');
                problems.Report(ReadProblem.At(ReadProblemKind.ValueAmbiguous, at, content.Quoted, content.Quoted, spec.Header, thousands, grouped));
                return null;
            }
            if (!parsed.IsOk) return NotNumber<long>(content, at, spec);
            value = parsed.Value;
        }
        if (value != decimal.Truncate(value))
        {
            problems.Report(ReadProblem.At(ReadProblemKind.ValueNotWhole, at, content.Quoted, content.Quoted, spec.Header));
            return null;
        }
        if (value < 0)
        {
            problems.Report(ReadProblem.At(ReadProblemKind.ValueNegative, at, content.Quoted, content.Quoted, spec.Header));
            return null;
        }
        if (value > long.MaxValue) return NotNumber<long>(content, at, spec);
        return (long)value;
    }

    /// <summary>A percentage in points (85.71): a percent-formatted cell holds 0.8571; a plain number or text is already in points.</summary>
    public decimal? Percent(RawCell cell, SourceCell at, ColumnSpec spec)
    {
        if (!TryContent(cell, at, spec, out var content)) return null;
        if (content.Kind == CellKind.Number)
            return TryDecimal(content.Format == NumberFormatKind.Percent ? content.Number * 100 : content.Number, out var points)
                ? points : NotNumber(content, at, spec);
        if (content.Kind != CellKind.Text) return NotNumber(content, at, spec);
        var parsed = NumberText.ParsePercent(content.Text!);
        return parsed.IsOk ? parsed.Value : NotNumber(content, at, spec);
    }

    /// <summary>An amount, converted from the header's unit into <paramref name="targetUnitVnd"/> (1 for đồng, 1,000,000 for millions).</summary>
    public decimal? Money(RawCell cell, SourceCell at, LocatedColumn column, decimal targetUnitVnd)
    {
        if (!TryContent(cell, at, column.Spec, out var content)) return null;
        decimal written;
        if (content.Kind == CellKind.Number)
        {
            if (!TryDecimal(content.Number, out written)) return NotNumber(content, at, column.Spec);
        }
        else if (content.Kind != CellKind.Text) return NotNumber(content, at, column.Spec);
        else
        {
            var parsed = NumberText.Parse(content.Text!.Replace("đồng", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("đ", string.Empty, StringComparison.Ordinal),
                commaFollowedByThreeDigitsIsAmbiguous: false);
            if (!parsed.IsOk) return NotNumber(content, at, column.Spec);
            written = parsed.Value;
        }
        if (written < 0)
        {
            problems.Report(ReadProblem.At(ReadProblemKind.ValueNegative, at, content.Quoted, content.Quoted, column.Spec.Header));
            return null;
        }
        if (written > decimal.MaxValue / column.UnitVnd) return NotNumber(content, at, column.Spec);
        return written * column.UnitVnd / targetUnitVnd;
    }

    /// <summary>A number cell as a decimal; false beyond decimal's range (1E+30 typed by mistake is a finding, not an overflow).</summary>
    private static bool TryDecimal(double number, out decimal value)
    {
        value = 0;
        if (!double.IsFinite(number) || Math.Abs(number) >= 7.9e28) return false;
        value = (decimal)number;
        return true;
    }

    public Term? Term(RawCell cell, SourceCell at, ColumnSpec spec, Vocabulary vocabulary, bool unknownIsProgram = false)
    {
        if (!TryContent(cell, at, spec, out var content)) return null;
        var term = vocabulary.MatchKeyed(KeyOf(content.Display));
        if (term is not null) return term;
        problems.Report(unknownIsProgram
            ? ReadProblem.At(ReadProblemKind.SupportProgramUnknown, at, content.Quoted, content.Quoted, vocabulary.Listing())
            : ReadProblem.At(ReadProblemKind.ValueNotInList, at, content.Quoted, content.Quoted, spec.Header, vocabulary.Listing()));
        return null;
    }

    /// <summary>Deprived: <c>1</c>, <c>x</c>, <c>có</c> (TRUE); not deprived: <c>0</c>, empty (also <c>không</c>, FALSE).</summary>
    public bool? Deprived(RawCell cell, SourceCell at, ColumnSpec spec)
    {
        if (!TryContent(cell, at, spec, out var content)) return cell.IsBlank ? false : null;
        switch (content.Kind)
        {
            case CellKind.Number when content.Number is 0 or 1: return content.Number == 1;
            case CellKind.Boolean: return content.Number != 0;
            case CellKind.Text:
                switch (KeyOf(content.Text!))
                {
                    case "1" or "x" or "co": return true;
                    case "0" or "khong": return false;
                }
                break;
        }
        problems.Report(ReadProblem.At(ReadProblemKind.ValueIndicator, at, content.Quoted, content.Quoted, spec.Header));
        return null;
    }

    public string? IdNumber(RawCell cell, SourceCell at, ColumnSpec spec)
    {
        if (!TryContent(cell, at, spec, out var content)) return null;
        var text = content.Kind == CellKind.Number
            ? ((long)content.Number).ToString(CultureInfo.InvariantCulture).PadLeft(12, '0')
            : content.Text!.Trim().TrimStart('\'').Replace(" ", string.Empty, StringComparison.Ordinal);
        if (text.Length == 12 && text.All(char.IsAsciiDigit)) return text;
        problems.Report(ReadProblem.At(ReadProblemKind.ValueIdNumber, at, string.Empty, spec.Header));
        return null;
    }

    public DateOnly? Date(RawCell cell, SourceCell at, ColumnSpec spec)
    {
        if (!TryContent(cell, at, spec, out var content)) return null;
        if (content.Kind == CellKind.Number && content.Number is >= 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(content.Number));
        if (content.Kind == CellKind.Text && DateText.TryParse(content.Text!, out var date)) return date;
        problems.Report(ReadProblem.At(ReadProblemKind.ValueNotDate, at, content.Quoted, content.Quoted, spec.Header));
        return null;
    }

    private T? NotNumber<T>(RawCell cell, SourceCell at, ColumnSpec spec) where T : struct
    {
        problems.Report(ReadProblem.At(ReadProblemKind.ValueNotNumber, at, cell.Quoted, cell.Quoted, spec.Header));
        return null;
    }

    private decimal? NotNumber(RawCell cell, SourceCell at, ColumnSpec spec) => NotNumber<decimal>(cell, at, spec);
}
