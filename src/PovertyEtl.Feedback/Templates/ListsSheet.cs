using ClosedXML.Excel;
using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// <c>DanhMuc</c>, a hidden sheet holding the drop-down lists: the report's commune codes and
/// the official names of each enumerated column. Excel caps a list typed into a validation at
/// 255 characters, and the 54 ethnicities alone exceed it, so every list is a range here. The
/// reader ignores the sheet (it is not part of the format).
/// </summary>
internal sealed class ListsSheet
{
    public const string Name = "DanhMuc";
    /// <summary>The mark the template asks for in an indicator column (the reader also takes 1 and có).</summary>
    public const string DeprivedMark = "x";

    private readonly Dictionary<string, IXLRange> _lists = new(StringComparer.Ordinal);

    public ListsSheet(XLWorkbook book, TemplateSubject subject, ReferenceData reference)
    {
        var sheet = Sheet = book.AddWorksheet(Name);
        var column = 1;
        void List(string key, string title, IReadOnlyList<string> values)
        {
            sheet.Cell(1, column).Value = title;
            for (var i = 0; i < values.Count; i++) sheet.Cell(i + 2, column).SetValue(values[i]).SetDataType(XLDataType.Text);
            sheet.Column(column).Width = 24;
            _lists[key] = sheet.Range(2, column, values.Count + 1, column);
            column++;
        }
        List("commune_code", "Mã xã", [.. subject.Communes.Select(c => c.Code)]);
        List("category", "Phân loại", Names(reference.Categories));
        List("program", "Chương trình", Names(reference.Programs));
        List("ethnicity", "Dân tộc", Names(reference.Ethnicities));
        List("area", "Khu vực", Names(reference.Areas));
        List("change", "Diễn biến", Names(reference.HouseholdChanges));
        List("indicator", "Chỉ số thiếu hụt", [DeprivedMark]);
        sheet.Row(1).Style.Font.SetBold();
        sheet.Visibility = XLWorksheetVisibility.Hidden;
        TemplateStyles.Protect(sheet, rowsMayBeAdded: false);
    }

    public IXLWorksheet Sheet { get; }

    /// <summary>The list for a column key (<c>indicator:*</c> columns share one), or null for a column without a list.</summary>
    public IXLRange? For(string columnKey) =>
        _lists.GetValueOrDefault(columnKey.StartsWith("indicator:", StringComparison.Ordinal) ? "indicator" : columnKey);

    private static List<string> Names(Vocabulary vocabulary) => [.. vocabulary.Terms.Select(t => t.Name)];
}
