using ClosedXML.Excel;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// The template's look, which also tells the officer what to do with a cell: white cells are
/// typed in (unlocked), grey ones are given and locked, blue ones compute a check as they type.
/// </summary>
internal static class TemplateStyles
{
    public const string Font = "Times New Roman";
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#D9E2F3");
    private static readonly XLColor GivenFill = XLColor.FromHtml("#EDEDED");
    private static readonly XLColor CheckFill = XLColor.FromHtml("#DDEBF7");
    public static readonly XLColor Wrong = XLColor.FromHtml("#F4B6B6");
    public static readonly XLColor Right = XLColor.FromHtml("#C6EFCE");

    /// <summary>A title over a table: left-aligned, so it shows without scrolling across a wide sheet.</summary>
    public static void Title(IXLRange range, double size = 14)
    {
        range.Merge();
        range.Style.Font.SetBold().Font.SetFontSize(size).Alignment.SetVertical(XLAlignmentVerticalValues.Center);
    }

    public static void Header(IXLRange range) =>
        range.Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill)
            .Alignment.SetWrapText().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Center)
            .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin)
            .Protection.SetLocked();

    /// <summary>Cells the officer types in: the only unlocked ones of a protected sheet.</summary>
    public static void Input(IXLRange range) =>
        range.Style.Protection.SetLocked(false).Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Hair);

    /// <summary>Given by the province (codes, official names): locked, so a typo cannot change a commune.</summary>
    public static void Given(IXLRange range) =>
        range.Style.Protection.SetLocked().Fill.SetBackgroundColor(GivenFill)
            .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Hair);

    /// <summary>Formulas that check what was typed: locked, and not part of the format (the reader ignores them).</summary>
    public static void Check(IXLRange range) =>
        range.Style.Protection.SetLocked().Fill.SetBackgroundColor(CheckFill).Font.SetItalic()
            .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Hair);

    /// <summary>
    /// Protects the sheet without a password: locked cells (headers, given values, checks) stay as
    /// they are, unlocked ones take data. Columns may be widened and rows sorted or filtered.
    /// </summary>
    public static void Protect(IXLWorksheet sheet, bool rowsMayBeAdded)
    {
        var protection = sheet.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows)
            .AllowElement(XLSheetProtectionElements.AutoFilter)
            .AllowElement(XLSheetProtectionElements.Sort);
        if (rowsMayBeAdded)
            protection.AllowElement(XLSheetProtectionElements.InsertRows).AllowElement(XLSheetProtectionElements.DeleteRows);
    }
}
