using ClosedXML.Excel;
using PovertyEtl.Reading.Layout;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// <c>ThongTin</c>: every label of the format that the unit's report has (no district after the
/// 2025 reform, a commune only in a commune's own report), with its value to the right. The codes, official
/// names, year and template version are given and locked; the date and the preparer are left
/// for the officer. Nothing else is written on a label's row: the reader takes the first filled
/// cell right of a label as its value, so a hint there would be read as the date.
/// </summary>
internal static class InfoSheet
{
    private const int FirstRow = 3;

    public static void Write(XLWorkbook book, TemplateSubject subject)
    {
        var sheet = book.AddWorksheet(ReportFormat.InfoSheet);
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 44;
        sheet.Cell(1, 1).Value = "THÔNG TIN CHUNG VỀ BÁO CÁO";
        TemplateStyles.Title(sheet.Range(1, 1, 1, 2));
        var row = FirstRow;
        foreach (var label in ReportFormat.InfoLabels.Where(l => Names(subject.Unit, l.Key)))
        {
            sheet.Cell(row, 1).Value = label.Label;
            var value = sheet.Cell(row, 2);
            switch (label.Key)
            {
                case "province_code": value.SetValue(subject.Province.Code).SetDataType(XLDataType.Text); break;
                case "province_name": value.Value = subject.Province.Name; break;
                case "district_code": value.SetValue(subject.Unit.District!.Code).SetDataType(XLDataType.Text); break;
                case "district_name": value.Value = subject.Unit.District!.Name; break;
                case "commune_code": value.SetValue(subject.Unit.Commune!.Code).SetDataType(XLDataType.Text); break;
                case "commune_name": value.Value = subject.Unit.Commune!.Name; break;
                case "year": value.Value = subject.Year; break;
                case "template_version": value.Value = subject.Unit.PostReform ? 2 : 1; break;
                case "report_date": ReportDate(value.AsRange(), subject.Year); break;
                case "prepared_by": TemplateStyles.Input(value.AsRange()); break;
                default: throw new InvalidOperationException($"the template does not know ThongTin key {label.Key}");
            }
            if (label.Key is not ("report_date" or "prepared_by")) TemplateStyles.Given(value.AsRange());
            value.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Left);
            row++;
        }
        var labels = sheet.Range(FirstRow, 1, row - 1, 1);
        labels.Style.Font.SetBold().Protection.SetLocked().Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Hair);
        sheet.Cell(row + 1, 1).Value = "Chỉ ghi Ngày lập và Người lập. Các ô màu xám đã điền sẵn theo danh mục hành chính và bị khóa.";
        sheet.Range(row + 1, 1, row + 1, 2).Merge().Style.Font.SetItalic().Alignment.SetWrapText();
        sheet.Row(row + 1).Height = 32;
        TemplateStyles.Protect(sheet, rowsMayBeAdded: false);
    }

    /// <summary>
    /// Whether the unit's ThongTin has the label: a district's report (format v1) names no commune;
    /// after the reform (v2) none names a district, and only a commune's own report names a commune.
    /// </summary>
    private static bool Names(ReportingUnit unit, string key) => key switch
    {
        "district_code" or "district_name" => unit.District is not null,
        "commune_code" or "commune_name" => unit.Commune is not null,
        _ => true,
    };

    /// <summary>A date of the review's end: from the start of the year to the end of the next.</summary>
    private static void ReportDate(IXLRange cell, int year)
    {
        TemplateStyles.Input(cell);
        cell.Style.NumberFormat.Format = "dd/mm/yyyy";
        var check = cell.SetDataValidation();
        check.Date.Between(new DateTime(year, 1, 1), new DateTime(year + 1, 12, 31));
        check.InputTitle = "Ngày lập";
        check.InputMessage = "Ngày/tháng/năm, ví dụ 15/12/" + year + ".";
        check.ErrorTitle = "Ngày không hợp lệ";
        check.ErrorMessage = $"Ghi ngày/tháng/năm, trong năm {year} hoặc {year + 1}.";
        // A date typed as text (another locale's Excel) is still read; warn instead of refusing it.
        check.ErrorStyle = XLErrorStyle.Warning;
        check.IgnoreBlanks = true;
    }
}
