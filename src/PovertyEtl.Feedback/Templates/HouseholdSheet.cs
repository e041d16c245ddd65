using ClosedXML.Excel;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// <c>DanhSachHo</c>, empty: the header with the indicator columns of the year's standard under
/// their dimensions (QĐ 59's 10 for 2016–2021, Decree 07's 12 for 2022–2026…), and the input
/// checks over the rows households will take.
/// </summary>
internal static class HouseholdSheet
{
    public static void Write(XLWorkbook book, TemplateSubject subject, ReferenceData reference, ListsSheet lists)
    {
        var indicators = subject.Standard.Indicators;
        var spec = ReportFormat.Households(indicators);
        TemplateColumn Column(string key, double width, string? header = null) => TemplateColumn.Of(spec.Column(key), width, header: header);
        List<TemplateColumn> columns =
        [
            Column("household_code", 12), Column("commune_code", 9), Column("head_name", 24), Column("head_id_number", 15),
            Column("members", 10), Column("ethnicity", 12), Column("area", 11),
            // The unit in the header tells the officer what to type; the reader takes đồng when no unit is written.
            Column("income_per_capita", 16, "Thu nhập bình quân đầu người (đồng/người/tháng)"),
            Column("category", 14), Column("change", 11),
            .. indicators.Select(i => TemplateColumn.Of(spec.Column("indicator:" + i.Code), 12, $"Thiếu hụt: {i.DimensionName}")),
        ];
        var table = TemplateTable.OpenEnded(book.AddWorksheet(ReportFormat.HouseholdSheet), $"DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM {subject.Year}",
            subject, columns, 90, frozenColumns: 1, lists);
        TemplateStyles.Protect(table.Sheet, rowsMayBeAdded: true);
    }
}
