using ClosedXML.Excel;
using PovertyEtl.Reading.Layout;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// What Excel checks as the officer types, derived from what the column holds: whole numbers
/// &gt;= 0 for counts (&gt;= 1 for a household's members), amounts &gt;= 0, 12 digits for an ID
/// number, and a drop-down for codes and enumerated values. Codes are text cells, so a leading
/// zero typed stays. A value pasted in bypasses Excel's checks; the reader checks it again.
/// </summary>
internal static class InputChecks
{
    /// <summary>How the column's cells show numbers; <c>@</c> (text) for codes, so <c>00004</c> stays <c>00004</c>.</summary>
    public static string? NumberFormat(ColumnSpec column) => column.Kind switch
    {
        ValueKind.Count => "#,##0",
        ValueKind.Money => column.Key == "amount_million_vnd" ? "#,##0.0" : "#,##0",
        ValueKind.Code or ValueKind.Text or ValueKind.IdNumber => "@",
        _ => null,
    };

    public static void Validate(ColumnSpec column, IXLRange cells, ListsSheet lists)
    {
        switch (column.Kind)
        {
            case ValueKind.Count:
                var least = column.Key == "members" ? 1 : 0;
                Prompt(cells.SetDataValidation(), column, $"Số nguyên, không nhỏ hơn {least}.").WholeNumber.EqualOrGreaterThan(least);
                break;
            case ValueKind.Money:
                Prompt(cells.SetDataValidation(), column, "Số không âm.").Decimal.EqualOrGreaterThan(0);
                break;
            case ValueKind.IdNumber:
                Prompt(cells.SetDataValidation(), column, "Đúng 12 chữ số (số định danh cá nhân).").TextLength.EqualTo(12);
                break;
            case ValueKind.Code or ValueKind.Term or ValueKind.Indicator when lists.For(column.Key) is { } list:
                var what = column.Kind == ValueKind.Indicator
                    ? $"Ghi {ListsSheet.DeprivedMark} nếu hộ thiếu hụt chỉ số này; để trống nếu không."
                    : "Chọn trong danh sách.";
                Prompt(cells.SetDataValidation(), column, what).List(list, true);
                break;
        }
    }

    private static IXLDataValidation Prompt(IXLDataValidation validation, ColumnSpec column, string rule)
    {
        // Excel limits a prompt's title to 32 characters and its text to 255.
        validation.InputTitle = Cut(column.Header, 32);
        validation.InputMessage = Cut(rule, 255);
        validation.ErrorTitle = "Giá trị không hợp lệ";
        validation.ErrorMessage = Cut($"{column.Header}: {rule}", 255);
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.IgnoreBlanks = true;
        return validation;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
