using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Reading.Layout;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// Writes one report workbook: the instructions sheet first or last (perhaps hidden),
/// then <c>ThongTin</c>, <c>TongHop</c>, <c>DanhSachHo</c> and, usually, <c>HoTro</c>, under
/// the names the layout gives them.
/// </summary>
internal static class SampleWorkbook
{
    public static void Write(Stream output, SampleContext context)
    {
        var layout = context.Layout;
        var model = context.Model;
        var guideFirst = layout.GuideSheet == GuideSheet.Visible && context.Random.Chance(50);
        var guideName = context.Random.Chance(50) ? "HuongDan" : "Hướng dẫn";
        var timestamp = new DateTimeOffset(model.ReportDate.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        using var book = new XlsxWorkbookWriter(output, layout.SharedStrings ? XlsxTextStorage.Shared : XlsxTextStorage.Inline, timestamp);
        if (guideFirst) InstructionsSheet.Write(book, guideName, hidden: false, model.Unit.PostReform);
        InfoSheet.Write(book, SheetName(ReportFormat.InfoSheet, layout), context.ForSheet(ReportFormat.InfoSheet));
        SummarySheet.Write(book, SheetName(ReportFormat.SummarySheet, layout), context.ForSheet(ReportFormat.SummarySheet));
        HouseholdSheet.Write(book, SheetName(ReportFormat.HouseholdSheet, layout), context.ForSheet(ReportFormat.HouseholdSheet));
        if (layout.SupportSheet) SupportSheet.Write(book, SheetName(ReportFormat.SupportSheet, layout), context.ForSheet(ReportFormat.SupportSheet));
        if (layout.GuideSheet != GuideSheet.None && !guideFirst) InstructionsSheet.Write(book, guideName, layout.GuideSheet == GuideSheet.Hidden, model.Unit.PostReform);
        book.Complete();
    }

    private static string SheetName(string canonical, SampleLayout layout) => !layout.VietnameseSheetNames ? canonical : canonical switch
    {
        ReportFormat.InfoSheet => "Thông tin",
        ReportFormat.SummarySheet => "Tổng hợp",
        ReportFormat.HouseholdSheet => "Danh sách hộ",
        ReportFormat.SupportSheet => "Hỗ trợ",
        _ => canonical,
    };
}
