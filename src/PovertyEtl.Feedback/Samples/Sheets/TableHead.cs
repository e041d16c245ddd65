using System.Globalization;
using PovertyEtl.Feedback.Xlsx;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// Writes what sits above a table's first data row: the title block (issuing body and national
/// motto side by side, the title merged across the table), the header on one row or two (group
/// titles above, ungrouped header cells merged down with their text in the upper cell), and the
/// row that numbers the columns.
/// </summary>
internal static class TableHead
{
    /// <summary>A derived column's operands for its number (<c>(8)=(4)-(5)+(6)+(7)</c>): the sign before each, and its key.</summary>
    public sealed record Derivation(string Key, IReadOnlyList<(char Sign, string Key)> Operands);

    /// <summary>Returns the number of the first row under the head.</summary>
    public static int Write(XlsxSheetWriter sheet, XlsxRow row, TablePlan plan, SampleContext context, TableTitle title,
        IReadOnlyList<Derivation> derivations)
    {
        var layout = context.Layout;
        var next = layout.TitleBlock ? WriteTitleBlock(sheet, row, plan.Width, title) : 1 + context.Random.Next(2);
        if (title.UnitNote is not null && (layout.TitleBlock || context.Random.Chance(50)))
        {
            row[plan.Width] = XlsxCell.Of(title.UnitNote);
            sheet.Write(next++, row);
        }
        next = layout.TwoRowHeader ? WriteTwoRowHeader(sheet, row, plan, next) : WriteHeaderRow(sheet, row, plan, next);
        if (layout.ColumnNumbers != ColumnNumbering.None)
        {
            for (var column = 1; column <= plan.Width; column++)
                row[column] = ColumnNumber(layout.ColumnNumbers, column, plan, derivations);
            sheet.Write(next++, row);
        }
        return next;
    }

    private static int WriteTitleBlock(XlsxSheetWriter sheet, XlsxRow row, int width, TableTitle title)
    {
        var leftEnd = Math.Max(1, width / 3);
        var rightStart = Math.Max(leftEnd + 1, width - Math.Max(1, width / 2) + 1);
        void Side(int rowNumber, int first, int last, string text)
        {
            row[first] = XlsxCell.Of(text, XlsxStyle.Bold);
            if (last > first) sheet.Merge(first, rowNumber, last, rowNumber);
        }
        void Across(int rowNumber, string text, XlsxStyle style)
        {
            row[1] = XlsxCell.Of(text, style);
            sheet.Write(rowNumber, row);
            if (width > 1) sheet.Merge(1, rowNumber, width, rowNumber);
        }

        Side(1, 1, leftEnd, title.IssuingBody);
        Side(1, rightStart, width, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        sheet.Write(1, row);
        Side(2, rightStart, width, "Độc lập - Tự do - Hạnh phúc");
        sheet.Write(2, row);
        Across(4, title.Title, XlsxStyle.Title);
        if (title.Subtitle is null) return 6;
        Across(5, title.Subtitle, XlsxStyle.Default);
        return 7;
    }

    private static int WriteHeaderRow(XlsxSheetWriter sheet, XlsxRow row, TablePlan plan, int rowNumber)
    {
        for (var column = 1; column <= plan.Width; column++) row[column] = XlsxCell.Of(plan.At(column).Header, XlsxStyle.Header);
        sheet.Write(rowNumber, row);
        return rowNumber + 1;
    }

    private static int WriteTwoRowHeader(XlsxSheetWriter sheet, XlsxRow row, TablePlan plan, int upper)
    {
        var lower = upper + 1;
        var merges = new List<(int FirstColumn, int FirstRow, int LastColumn, int LastRow)>();
        for (var column = 1; column <= plan.Width;)
        {
            var group = plan.At(column).Group;
            if (group is null)
            {
                row[column] = XlsxCell.Of(plan.At(column).Header, XlsxStyle.Header);
                merges.Add((column, upper, column, lower));
                column++;
                continue;
            }
            var end = column;
            while (end < plan.Width && plan.At(end + 1).Group == group) end++;
            row[column] = XlsxCell.Of(group, XlsxStyle.Header);
            for (var c = column + 1; c <= end; c++) row[c] = XlsxCell.Blank(XlsxStyle.Header);
            if (end > column) merges.Add((column, upper, end, upper));
            column = end + 1;
        }
        sheet.Write(upper, row);
        for (var column = 1; column <= plan.Width; column++)
        {
            var planned = plan.At(column);
            row[column] = planned.Group is null ? XlsxCell.Blank(XlsxStyle.Header) : XlsxCell.Of(planned.Header, XlsxStyle.Header);
        }
        sheet.Write(lower, row);
        foreach (var (firstColumn, firstRow, lastColumn, lastRow) in merges) sheet.Merge(firstColumn, firstRow, lastColumn, lastRow);
        return lower + 1;
    }

    private static XlsxCell ColumnNumber(ColumnNumbering numbering, int column, TablePlan plan, IReadOnlyList<Derivation> derivations)
    {
        switch (numbering)
        {
            case ColumnNumbering.Digits:
                return XlsxCell.Of(column, XlsxStyle.Header);
            case ColumnNumbering.Letters:
                return XlsxCell.Of(CellAddress.ColumnLetters(column), XlsxStyle.Header);
            default:
                var text = $"({column.ToString(CultureInfo.InvariantCulture)})";
                var derivation = derivations.FirstOrDefault(d => plan.Has(d.Key) && plan[d.Key] == column);
                if (derivation is not null && derivation.Operands.All(o => plan.Has(o.Key)))
                    text += "=" + string.Concat(derivation.Operands.Select((o, i) =>
                        (i == 0 ? string.Empty : o.Sign.ToString()) + $"({plan[o.Key].ToString(CultureInfo.InvariantCulture)})"));
                return XlsxCell.Of(text, XlsxStyle.Header);
        }
    }
}
