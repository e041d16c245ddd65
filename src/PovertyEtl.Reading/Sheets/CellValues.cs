using PovertyEtl.Domain.Limits;
using System.Globalization;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Reading.Text;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Reading.Problems;
using PovertyEtl.Domain.Text;

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

    /// <summary>
    /// Set for the household list: what a finding quotes of a cell is masked where it looks like
    /// personal data (<see cref="PersonalDataMask"/>), here where the finding is made, so no output shows it.
    /// </summary>
    public bool MasksPersonalData { get; init; }

    /// <summary>The name in the current row's head-name column: masked wherever else in the row it is quoted.</summary>
    public string? HeadName { get; set; }

    private string Quote(RawCell cell) =>
        MasksPersonalData ? QuoteText(cell.Kind == CellKind.Number ? cell.Quoted : cell.Display) : cell.Quoted;

    private string QuoteText(string text) => Excerpt.Of(MasksPersonalData ? PersonalDataMask.Mask(text, HeadName) : text);

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
                problems.Report(ReadProblem.At(ReadProblemKind.ValueFormulaWithoutResult, at, Quote(cell), Quote(cell)));
                return false;
            case CellKind.Error:
                problems.Report(ReadProblem.At(ReadProblemKind.ValueCellError, at, Quote(cell), Quote(cell), spec.Header));
                return false;
            case CellKind.TextOverLimit:
                problems.Report(ReadProblem.At(ReadProblemKind.LimitCellText, at, Quote(cell), spec.Header, VietnameseNumbers.Grouped(ReadLimits.CellCharacters)));
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
        problems.Report(ReadProblem.At(ReadProblemKind.ValueCodeFormat, at, Quote(cell), Quote(cell), spec.Header, spec.CodeDigits));
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
                problems.Report(ReadProblem.At(ReadProblemKind.ValueAmbiguous, at, Quote(content), Quote(content), spec.Header, QuoteText(thousands), QuoteText(grouped)));
                return null;
            }
            if (!parsed.IsOk) return NotNumber<long>(content, at, spec);
            value = parsed.Value;
        }
        if (value != decimal.Truncate(value))
        {
            problems.Report(ReadProblem.At(ReadProblemKind.ValueNotWhole, at, Quote(content), Quote(content), spec.Header));
            return null;
        }
        if (value < 0)
        {
            problems.Report(ReadProblem.At(ReadProblemKind.ValueNegative, at, Quote(content), Quote(content), spec.Header));
            return null;
        }
        return OverBound(value, content, at, spec) ? null : (long)value;
    }

    /// <summary>A percentage in points (85.71): a percent-formatted cell holds 0.8571; a plain number or text is already in points.</summary>
    public decimal? Percent(RawCell cell, SourceCell at, ColumnSpec spec)
    {
        if (!TryContent(cell, at, spec, out var content)) return null;
        decimal points;
        if (content.Kind == CellKind.Number)
        {
            if (!TryDecimal(content.Format == NumberFormatKind.Percent ? content.Number * 100 : content.Number, out points)) return NotNumber(content, at, spec);
        }
        else if (content.Kind != CellKind.Text) return NotNumber(content, at, spec);
        else
        {
            var parsed = NumberText.ParsePercent(content.Text!);
            if (!parsed.IsOk) return NotNumber(content, at, spec);
            points = parsed.Value;
        }
        return OverBound(Math.Abs(points), content, at, spec) ? null : points;
    }

    /// <summary>
    /// A count, rate or amount beyond its column's sane bound (<see cref="ColumnSpec.Bound"/>) is
    /// a finding naming the bound: the warehouse's sums are then safe from overflow.
    /// </summary>
    private bool OverBound(decimal value, RawCell cell, SourceCell at, ColumnSpec spec)
    {
        if (spec.Bound is not { } bound || value <= bound) return false;
        problems.Report(ReadProblem.At(ReadProblemKind.ValueOverBound, at, Quote(cell), Quote(cell), spec.Header, VietnameseNumbers.Decimal(bound, 0)));
        return true;
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
            problems.Report(ReadProblem.At(ReadProblemKind.ValueNegative, at, Quote(content), Quote(content), column.Spec.Header));
            return null;
        }
        if (written > decimal.MaxValue / column.UnitVnd) return NotNumber(content, at, column.Spec);
        var amount = written * column.UnitVnd / targetUnitVnd;
        return OverBound(amount, content, at, column.Spec) ? null : amount;
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
            ? ReadProblem.At(ReadProblemKind.SupportProgramUnknown, at, Quote(content), Quote(content), vocabulary.Listing())
            : ReadProblem.At(ReadProblemKind.ValueNotInList, at, Quote(content), Quote(content), spec.Header, vocabulary.Listing()));
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
        problems.Report(ReadProblem.At(ReadProblemKind.ValueIndicator, at, Quote(content), Quote(content), spec.Header));
        return null;
    }

    public string? IdNumber(RawCell cell, SourceCell at, ColumnSpec spec)
    {
        if (!TryContent(cell, at, spec, out var content)) return null;
        // TRUE/FALSE or a number no 12 digits hold is simply not an ID number (no cast of 1E+30 to long).
        var text = content.Kind switch
        {
            CellKind.Number when content.Number is >= 0 and < 1e12 => ((long)content.Number).ToString(CultureInfo.InvariantCulture).PadLeft(12, '0'),
            CellKind.Text => content.Text!.Trim().TrimStart('\'').Replace(" ", string.Empty, StringComparison.Ordinal),
            _ => string.Empty,
        };
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
        problems.Report(ReadProblem.At(ReadProblemKind.ValueNotDate, at, Quote(content), Quote(content), spec.Header));
        return null;
    }

    private T? NotNumber<T>(RawCell cell, SourceCell at, ColumnSpec spec) where T : struct
    {
        problems.Report(ReadProblem.At(ReadProblemKind.ValueNotNumber, at, Quote(cell), Quote(cell), spec.Header));
        return null;
    }

    private decimal? NotNumber(RawCell cell, SourceCell at, ColumnSpec spec) => NotNumber<decimal>(cell, at, spec);
}
