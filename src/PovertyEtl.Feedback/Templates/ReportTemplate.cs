using ClosedXML.Excel;
using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// A blank report for one reporting unit and year (the <c>template</c> command): a district's in
/// format v1 up to 2024, a province's or a commune's in format v2 from 2025. Instructions first,
/// <c>ThongTin</c> filled in, <c>TongHop</c> with the unit's communes, empty <c>DanhSachHo</c> and <c>HoTro</c>, drop-down lists and input checks, check
/// formulas, frozen and protected heads.
/// </summary>
public static class ReportTemplate
{
    public static void Write(string path, TemplateSubject subject, ReferenceData reference)
    {
        using var book = new XLWorkbook();
        book.Style.Font.FontName = TemplateStyles.Font;
        book.Style.Font.FontSize = 11;
        InstructionsSheet.Write(book, subject, reference);
        InfoSheet.Write(book, subject);
        // The lists must exist before the sheets whose drop-downs point at them, but come last in the tabs.
        var lists = new ListsSheet(book, subject, reference);
        SummarySheet.Write(book, subject, lists);
        HouseholdSheet.Write(book, subject, reference, lists);
        SupportSheet.Write(book, subject, lists);
        lists.Sheet.Position = book.Worksheets.Count;
        book.Worksheet(InstructionsSheet.Name).SetTabActive();
        // Check formulas are saved without results (ClosedXML does not compute them): have the
        // officer's Excel compute every formula on open.
        book.FullCalculationOnLoad = true;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        book.SaveAs(path);
    }
}
