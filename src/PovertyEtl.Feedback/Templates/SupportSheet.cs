using ClosedXML.Excel;
using PovertyEtl.Reading.Layout;

namespace PovertyEtl.Feedback.Templates;

/// <summary><c>HoTro</c>, empty: one row per commune and program, with the input checks.</summary>
internal static class SupportSheet
{
    public static void Write(XLWorkbook book, TemplateSubject subject, ListsSheet lists)
    {
        var spec = ReportFormat.Support;
        List<TemplateColumn> columns =
        [
            TemplateColumn.Of(spec.Column("commune_code"), 10), TemplateColumn.Of(spec.Column("program"), 26),
            TemplateColumn.Of(spec.Column("beneficiaries"), 14), TemplateColumn.Of(spec.Column("amount_million_vnd"), 14),
        ];
        var table = TemplateTable.OpenEnded(book.AddWorksheet(ReportFormat.SupportSheet), $"KẾT QUẢ HỖ TRỢ HỘ NGHÈO, HỘ CẬN NGHÈO NĂM {subject.Year}",
            subject, columns, 45, frozenColumns: 0, lists);
        TemplateStyles.Protect(table.Sheet, rowsMayBeAdded: true);
    }
}
