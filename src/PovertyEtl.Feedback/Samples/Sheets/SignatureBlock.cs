using System.Globalization;
using PovertyEtl.Feedback.Xlsx;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// The block under a table: who drew it up on the left; place and date, the committee and its
/// chairman on the right; room for signatures, then the names. The key column stays empty, so
/// the reader passes over it as the format says.
/// </summary>
internal static class SignatureBlock
{
    public static void Write(XlsxSheetWriter sheet, XlsxRow row, TablePlan plan, string keyColumn, int firstRow, SampleContext context)
    {
        var key = plan[keyColumn];
        var columns = Enumerable.Range(1, plan.Width).Where(c => c != key).ToList();
        var left = columns[0];
        var right = columns.First(c => c > left && (c > plan.Width / 2 || c == columns[^1]));
        var model = context.Model;
        var date = model.ReportDate;
        var place = string.Create(CultureInfo.InvariantCulture, $"{model.Unit.Name}, ngày {date.Day} tháng {date.Month} năm {date.Year}");
        var chairman = context.Random.Chance(50) ? ("CHỦ TỊCH", null) : ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");

        var r = firstRow + 1;
        Line(r++, "NGƯỜI LẬP BIỂU", XlsxStyle.Bold, place, XlsxStyle.Default);
        Line(r++, "(Ký, ghi rõ họ tên)", XlsxStyle.Default, "TM. ỦY BAN NHÂN DÂN", XlsxStyle.Bold);
        Line(r++, null, XlsxStyle.Default, chairman.Item1, XlsxStyle.Bold);
        if (chairman.Item2 is { } deputy) Line(r++, null, XlsxStyle.Default, deputy, XlsxStyle.Bold);
        Line(r + 3, model.PreparedBy, XlsxStyle.Bold, model.Chairman, XlsxStyle.Bold);

        void Line(int rowNumber, string? leftText, XlsxStyle leftStyle, string rightText, XlsxStyle rightStyle)
        {
            if (leftText is not null) row[left] = XlsxCell.Of(leftText, leftStyle);
            row[right] = XlsxCell.Of(rightText, rightStyle);
            sheet.Write(rowNumber, row);
            // Merged to the right edge: the other cells of the range, the key's among them, are empty.
            if (plan.Width > right) sheet.Merge(right, rowNumber, plan.Width, rowNumber);
        }
    }
}
