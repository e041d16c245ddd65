using System.Text.RegularExpressions;
using PovertyEtl.Reading.Text;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Reading.Layout;

/// <summary>
/// Decides which rows under a header are data. Skipped: the column-number row printed forms
/// put under the header, blank rows, group titles, notes and the signature block (an empty key
/// and no number in any required numeric column). The totals row is told apart by its label,
/// in any cell of a row without a key or in the key cell itself; any other row with numbers but
/// no key is an error.
/// </summary>
internal static partial class TableRows
{
    // "Toàn tỉnh": a province's report (from the 2025 reform) names its totals row after the province, as a district's did after the district.
    private static readonly HashSet<string> TotalsLabels = new(["tong cong", "tong", "cong", "toan huyen", "toan tinh", "tong so"], StringComparer.Ordinal);

    public static IEnumerable<TableRow> Read(SheetLayout layout, IEnumerable<SheetRow> rowsAfterHeader, IReadProblemSink problems)
    {
        var key = layout[layout.Spec.KeyColumn];
        var numeric = layout.Columns.Where(c => c.Spec.Required && c.Spec.IsNumeric).ToArray();
        var first = true;
        foreach (var row in rowsAfterHeader)
        {
            // The numbering row is the first row with anything in it: under a header merged down over
            // two rows, the row right after the header row holds only the merge's empty continuation.
            if (first && !row.IsBlank)
            {
                first = false;
                if (IsColumnNumberRow(row)) continue;
            }
            if (row.Cells.Count == 0) continue;
            var cells = new RawCell[Math.Max(layout.LastColumn, row.Cells[^1].Column) + 1];
            foreach (var cell in row.Cells) cells[cell.Column] = cell;
            var keyCell = key is null ? default : cells[key.Column];
            var hasNumbers = numeric.Any(c => HoldsNumber(cells[c.Column]));
            if (!keyCell.IsBlank)
            {
                // Printed forms often merge the first columns of the totals row and write its label there.
                if (IsTotalsLabel(keyCell)) { yield return new TableRow(row.Number, RowKind.Totals, cells); continue; }
                // A title or note typed in the key column ("Khu vực nông thôn", "Người lập biểu") with no numbers is not a record.
                if (!hasNumbers && IsPhrase(keyCell)) continue;
                yield return new TableRow(row.Number, RowKind.Data, cells);
            }
            else if (row.Cells.Any(IsTotalsLabel))
                yield return new TableRow(row.Number, RowKind.Totals, cells);
            else if (hasNumbers && key is null)
                // The key column itself is missing (reported once, at the header): the row is still a record.
                yield return new TableRow(row.Number, RowKind.Data, cells);
            else if (hasNumbers)
                problems.Report(ReadProblem.At(ReadProblemKind.RowWithoutKey, layout.Cell(key!, row.Number), string.Empty, row.Number, key!.Spec.Header));
        }
    }

    private static bool IsTotalsLabel(RawCell cell) => cell.Kind == CellKind.Text && TotalsLabels.Contains(MatchKey.Of(cell.Text));

    private static bool HoldsNumber(RawCell cell) => cell.Kind switch
    {
        CellKind.Number or CellKind.FormulaWithoutValue or CellKind.Error => true,
        CellKind.Text => NumberText.Parse(cell.Text!, commaFollowedByThreeDigitsIsAmbiguous: false).IsOk
            || NumberText.ParsePercent(cell.Text!).IsOk,
        _ => false,
    };

    /// <summary>Two or more words of letters: a title or a note, never a code.</summary>
    private static bool IsPhrase(RawCell cell) =>
        cell.Kind == CellKind.Text && PhrasePattern().IsMatch(cell.Text!);

    /// <summary><c>1, 2, 3…</c>, <c>(1), (2)…</c>, <c>A, B, C…</c>, also <c>(5)=(1)-(2)+(3)</c>, in every filled cell.</summary>
    internal static bool IsColumnNumberRow(SheetRow row)
    {
        var filled = row.Cells.Where(c => !c.IsBlank).ToList();
        return filled.Count >= 2 && filled.All(c => c.Kind switch
        {
            CellKind.Number => c.Number is >= 0 and <= 999 && c.Number == Math.Floor(c.Number),
            CellKind.Text => ColumnNumberPattern().IsMatch(c.Text!.Trim()),
            _ => false,
        });
    }

    [GeneratedRegex(@"^[(\[]?\s*(\d{1,3}|[A-Za-z]{1,2})\s*[)\]]?(\s*[=+\-*/xX]\s*[(\[]?\s*(\d{1,3}|[A-Za-z]{1,2})\s*[)\]]?)*$")]
    private static partial Regex ColumnNumberPattern();

    [GeneratedRegex(@"\p{L}{2,}\s+\p{L}{2,}")]
    private static partial Regex PhrasePattern();
}
