using PovertyEtl.Feedback.Xlsx;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>A sheet of instructions for the officer, as templates carry: not part of the format, so the reader ignores it.</summary>
internal static class InstructionsSheet
{
    private static readonly string[] BeforeReformLines =
    [
        "HƯỚNG DẪN GHI BIỂU",
        "1. Sheet ThongTin: ghi mã tỉnh, mã huyện theo danh mục hành chính của Tổng cục Thống kê và năm báo cáo.",
        "2. Sheet TongHop: mỗi xã, phường, thị trấn một dòng; số hộ nghèo cuối kỳ = đầu kỳ - thoát nghèo + phát sinh + tái nghèo.",
        "3. Sheet DanhSachHo: mỗi hộ nghèo, hộ cận nghèo một dòng; đánh dấu x vào chỉ số hộ bị thiếu hụt.",
        "4. Sheet HoTro: mỗi xã và mỗi chính sách hỗ trợ một dòng; kinh phí tính bằng triệu đồng.",
        "Không đổi tên, không xóa các cột bắt buộc. Số liệu gửi về Phòng Lao động - Thương binh và Xã hội trước ngày 20/12.",
    ];

    private static readonly string[] FromReformLines =
    [
        "HƯỚNG DẪN GHI BIỂU (MẪU PHIÊN BẢN 2, TỪ NĂM 2025)",
        "1. Sheet ThongTin: ghi mã tỉnh theo danh mục đơn vị hành chính từ 01/07/2025 và năm báo cáo; không ghi mã huyện (không còn cấp huyện).",
        "2. Sheet TongHop: mỗi xã, phường, đặc khu một dòng, theo mã mới; số hộ nghèo cuối kỳ = đầu kỳ - thoát nghèo + phát sinh + tái nghèo.",
        "3. Sheet DanhSachHo: mỗi hộ nghèo, hộ cận nghèo một dòng; đánh dấu x vào chỉ số hộ bị thiếu hụt.",
        "4. Sheet HoTro: mỗi xã và mỗi chính sách hỗ trợ một dòng; kinh phí tính bằng triệu đồng.",
        "Không đổi tên, không xóa các cột bắt buộc. Số liệu gửi về cơ quan thường trực giảm nghèo của tỉnh trước ngày 20/12.",
    ];

    public static void Write(XlsxWorkbookWriter book, string name, bool hidden, bool postReform)
    {
        var lines = postReform ? FromReformLines : BeforeReformLines;
        using var sheet = book.AddSheet(name, hidden, [110]);
        var row = new XlsxRow();
        for (var i = 0; i < lines.Length; i++)
        {
            row[1] = XlsxCell.Of(lines[i], i == 0 ? XlsxStyle.Title : XlsxStyle.Default);
            sheet.Write(i + 1, row);
        }
    }
}
