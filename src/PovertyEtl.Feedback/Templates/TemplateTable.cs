using ClosedXML.Excel;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// The head every template table shares: a title and a subtitle naming the reporting unit, a row of
/// group titles, then the header row the reader finds; the head is locked and frozen, the
/// columns sized (fixed widths: measuring text needs libgdiplus, see docs/feedback.md).
/// </summary>
internal sealed class TemplateTable
{
    public const int HeaderRow = 4;
    public const int FirstDataRow = HeaderRow + 1;
    private const int GroupRow = HeaderRow - 1;

    private TemplateTable(IXLWorksheet sheet, string title, TemplateSubject subject, IReadOnlyList<TemplateColumn> columns,
        double headerHeight, int frozenColumns)
    {
        Sheet = sheet;
        Columns = columns;
        var last = columns.Count;
        sheet.Cell(1, 1).Value = title;
        TemplateStyles.Title(sheet.Range(1, 1, 1, last));
        sheet.Cell(2, 1).Value = subject.Place;
        TemplateStyles.Title(sheet.Range(2, 1, 2, last), 12);
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Cell(HeaderRow, i + 1).Value = columns[i].Header;
            sheet.Column(i + 1).Width = columns[i].Width;
        }
        var groupStart = 0;
        for (var i = 1; i <= columns.Count; i++)
        {
            if (i < columns.Count && columns[i].Group == columns[groupStart].Group) continue;
            if (columns[groupStart].Group is { } group)
            {
                sheet.Cell(GroupRow, groupStart + 1).Value = group;
                sheet.Range(GroupRow, groupStart + 1, GroupRow, i).Merge();
                TemplateStyles.Header(sheet.Range(GroupRow, groupStart + 1, GroupRow, i));
            }
            groupStart = i;
        }
        TemplateStyles.Header(sheet.Range(HeaderRow, 1, HeaderRow, last));
        sheet.Row(HeaderRow).Height = headerHeight;
        sheet.Range(1, 1, HeaderRow, last).Style.Protection.SetLocked();
        sheet.SheetView.Freeze(HeaderRow, frozenColumns);
        // Printed on landscape pages one table wide, the head repeated on every page.
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, HeaderRow);
    }

    /// <summary>A table whose rows the caller writes (TongHop: one per commune), then checks with <see cref="CheckInputs"/>.</summary>
    public static TemplateTable Fixed(IXLWorksheet sheet, string title, TemplateSubject subject, IReadOnlyList<TemplateColumn> columns,
        double headerHeight, int frozenColumns) => new(sheet, title, subject, columns, headerHeight, frozenColumns);

    /// <summary>
    /// A table of as many rows as the officer types: every cell under the head is open and checked.
    /// Styled by whole columns, before the head takes its own style: a style set on a million
    /// rows cell by cell would write a million cells.
    /// </summary>
    public static TemplateTable OpenEnded(IXLWorksheet sheet, string title, TemplateSubject subject, IReadOnlyList<TemplateColumn> columns,
        double headerHeight, int frozenColumns, ListsSheet lists)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var style = sheet.Column(i + 1).Style;
            style.Protection.SetLocked(false);
            if (columns[i].Spec is { } spec && InputChecks.NumberFormat(spec) is { } format) style.NumberFormat.Format = format;
        }
        var table = new TemplateTable(sheet, title, subject, columns, headerHeight, frozenColumns);
        table.Validate(XLHelper.MaxRowNumber, lists);
        return table;
    }

    public IXLWorksheet Sheet { get; }
    public IReadOnlyList<TemplateColumn> Columns { get; }

    /// <summary>The 1-based column of a format column.</summary>
    public int Column(string key) => Columns.ToList().FindIndex(c => c.Spec?.Key == key) + 1;

    public string Letter(string key) => XLHelper.GetColumnLetterFromNumber(Column(key));

    /// <summary>Each format column's number format and input check, over the data rows down to <paramref name="lastRow"/>.</summary>
    public void CheckInputs(int lastRow, ListsSheet lists)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Spec is { } spec && InputChecks.NumberFormat(spec) is { } format)
                Sheet.Range(FirstDataRow, i + 1, lastRow, i + 1).Style.NumberFormat.Format = format;
        Validate(lastRow, lists);
    }

    private void Validate(int lastRow, ListsSheet lists)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Spec is { } spec) InputChecks.Validate(spec, Sheet.Range(FirstDataRow, i + 1, lastRow, i + 1), lists);
    }
}
