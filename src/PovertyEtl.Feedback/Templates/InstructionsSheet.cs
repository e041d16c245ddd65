using System.Globalization;
using ClosedXML.Excel;
using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// <c>HuongDan</c>, the first sheet: how to fill each sheet, what rejects a file, what only
/// warns, and how to write numbers, in the officer's words. Not part of the format: the reader
/// ignores it.
/// </summary>
internal static class InstructionsSheet
{
    public const string Name = "HuongDan";

    private const double Width = 120;

    public static void Write(XLWorkbook book, TemplateSubject subject, ReferenceData reference)
    {
        var sheet = book.AddWorksheet(Name);
        sheet.Column(1).Width = Width;
        var row = 1;
        foreach (var (text, heading) in Lines(subject, reference))
        {
            var cell = sheet.Cell(row++, 1);
            cell.Value = text;
            cell.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            if (heading) cell.Style.Font.SetBold().Font.SetFontSize(row == 2 ? 14 : 12);
            // Wrapped text does not grow its row by itself in every program (nor can it be measured here): size it.
            var lines = Math.Ceiling(text.Length / (Width * 1.05));
            cell.WorksheetRow().Height = 16 * lines + (heading ? 8 : 2);
        }
        sheet.PageSetup.FitToPages(1, 0);
        sheet.Protect();
    }

    private static IEnumerable<(string Text, bool Heading)> Lines(TemplateSubject subject, ReferenceData reference)
    {
        var year = subject.Year;
        var unit = subject.Unit;
        var reform = unit.PostReform;
        // Whom the report is from, as the sentences below name it.
        var level = unit switch { { District: not null } => "huyện", { Commune: not null } => "xã", _ => "tỉnh" };
        (string, bool) H(string text) => (text, true);
        (string, bool) P(string text) => (text, false);

        yield return H($"HƯỚNG DẪN ĐIỀN BÁO CÁO RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM {year}");
        yield return P($"{subject.Place}. Mẫu báo cáo phiên bản {(reform ? 2 : 1)}." + (reform
            ? " Từ 01/07/2025 không còn cấp huyện: báo cáo lập theo tỉnh (hoặc theo từng xã), mã xã theo danh mục đơn vị hành chính từ 01/07/2025."
            : string.Empty));
        yield return P("Ô trắng là ô cần nhập. Ô xám đã điền sẵn và bị khóa. Ô xanh nhạt tự tính để bạn kiểm tra, không cần nhập. " +
                       "Ô chuyển màu đỏ là số liệu đang sai quy tắc. Các trang được bảo vệ (không đặt mật khẩu) để tránh sửa nhầm tiêu đề.");
        yield return P("Không đổi tên trang tính, không xóa hay đổi tên cột, không chèn thêm cột. Lưu tệp dạng .xlsx (Sổ làm việc Excel).");
        yield return H("1. Trang ThongTin");
        var given = unit switch
        {
            { District: not null } => "Mã tỉnh, tên tỉnh, mã huyện, tên huyện, năm báo cáo và phiên bản mẫu đã điền sẵn.",
            { Commune: not null } => "Mã tỉnh, tên tỉnh, mã xã, tên xã, năm báo cáo và phiên bản mẫu đã điền sẵn; không ghi mã huyện.",
            _ => "Mã tỉnh, tên tỉnh, năm báo cáo và phiên bản mẫu đã điền sẵn; không ghi mã huyện, mã xã.",
        };
        yield return P($"{given} Chỉ ghi Ngày lập (ngày/tháng/năm, ví dụ 15/12/{year}) và Người lập.");
        yield return H("2. Trang TongHop (bắt buộc)");
        var rows = unit switch
        {
            { District: not null } => $"Mỗi xã, phường, thị trấn của huyện một dòng ({subject.Communes.Count} dòng)",
            { Commune: { } commune } => $"Một dòng cho {commune.DisplayName} ({commune.Code})",
            _ => $"Mỗi xã, phường, đặc khu của tỉnh một dòng ({subject.Communes.Count} dòng)",
        };
        yield return P($"{rows}, mã và tên đã điền sẵn theo danh mục. " +
                       "Nhập đủ mọi cột số, kể cả số 0. Số hộ là số hộ (không phải số người), tính đến thời điểm cuối kỳ rà soát.");
        yield return P("Cân đối hộ nghèo: đầu kỳ − thoát nghèo + phát sinh + tái nghèo = cuối kỳ. Cân đối hộ cận nghèo: đầu kỳ − thoát cận nghèo + " +
                       "phát sinh = cuối kỳ. Cột \"Kiểm tra cân đối\" hiện 0 (nền xanh lá) khi đúng; khác 0 (nền đỏ) là số chênh lệch cần sửa.");
        yield return P("Hộ nghèo cuối kỳ + hộ cận nghèo cuối kỳ không được lớn hơn tổng số hộ; hộ nghèo DTTS và hộ nghèo không có khả năng lao động " +
                       "không được lớn hơn hộ nghèo cuối kỳ; hộ cận nghèo không có khả năng lao động không được lớn hơn hộ cận nghèo cuối kỳ. " +
                       "Tỷ lệ hộ nghèo, cận nghèo do hệ thống tự tính; hai cột tỷ lệ tự tính chỉ để bạn đối chiếu.");
        yield return H("3. Trang DanhSachHo (danh sách hộ nghèo, hộ cận nghèo cuối năm)");
        yield return P("Mỗi hộ một dòng, bắt đầu từ dòng 5. Mã hộ không được trùng. Mã xã chọn trong danh sách. Phân loại, dân tộc, khu vực, diễn biến " +
                       $"chọn trong danh sách. Ở {subject.Standard.Indicators.Count} cột chỉ số, ghi {ListsSheet.DeprivedMark} nếu hộ thiếu hụt chỉ số đó, để trống nếu không.");
        yield return P("Số dòng \"Hộ nghèo\" của mỗi xã phải bằng số hộ nghèo cuối kỳ của xã đó ở trang TongHop (cận nghèo cũng vậy). " +
                       $"Nếu {level} không gửi danh sách hộ, cứ để trống trang DanhSachHo: trang không có hộ nào được hiểu là chưa gửi danh sách.");
        yield return P(StandardText(subject.Standard, year));
        yield return P("Họ tên và số CCCD là dữ liệu cá nhân: chỉ dùng để đối chiếu, không đưa vào kho dữ liệu (số CCCD chỉ lưu dạng mã hóa).");
        yield return H("4. Trang HoTro (kết quả hỗ trợ trong năm, nếu có)");
        yield return P("Mỗi xã và mỗi chương trình hỗ trợ một dòng: mã xã, chương trình (chọn trong danh sách: " +
                       $"{reference.Programs.Listing()}), số hộ được hỗ trợ, kinh phí tính bằng triệu đồng. Một xã không ghi cùng chương trình hai lần.");
        yield return H("5. Những lỗi làm tệp bị trả lại (không nạp phần nào của tệp)");
        yield return P("• Thiếu trang ThongTin hoặc TongHop, thiếu cột bắt buộc, ô bắt buộc để trống, giá trị không đọc được, số âm, số hộ có phần lẻ.");
        yield return P(reform
            ? "• Mã tỉnh, mã xã không đúng danh mục từ 01/07/2025 (mã xã cũ trước sáp nhập; mã được dùng lại mà ghi tên xã cũ), xã không thuộc tỉnh" +
              (unit.Commune is not null ? " hoặc không phải xã của báo cáo" : string.Empty) + "; có ghi mã huyện; một xã ghi hai lần; một mã hộ ghi hai lần."
            : "• Mã tỉnh, mã huyện, mã xã không đúng danh mục hoặc xã không thuộc huyện; một xã ghi hai lần; một mã hộ ghi hai lần.");
        yield return P("• Sai cân đối đầu kỳ – cuối kỳ; số hộ nghèo, cận nghèo cuối kỳ vượt tổng số hộ; hộ nghèo DTTS hoặc không có khả năng lao động vượt hộ nghèo cuối kỳ; " +
                       "hộ cận nghèo không có khả năng lao động vượt hộ cận nghèo cuối kỳ.");
        yield return P("• Số hộ trong danh sách của một xã khác số hộ nghèo, cận nghèo cuối kỳ của xã; hộ có số nhân khẩu nhỏ hơn 1; hộ hoặc dòng hỗ trợ của xã không có trong TongHop.");
        yield return P("• Chương trình hỗ trợ không có trong danh sách; ô có công thức nhưng chưa tính (mở tệp bằng Excel rồi lưu lại là đủ).");
        yield return H("6. Cảnh báo (tệp vẫn được nạp, nhưng nên xem lại)");
        yield return P("• Hộ nghèo, cận nghèo đầu kỳ khác số cuối kỳ năm trước đã nạp; phân loại hộ không khớp chuẩn nghèo; " +
                       "hộ nghèo DTTS ở TongHop khác số hộ nghèo có chủ hộ không phải dân tộc Kinh trong DanhSachHo; " +
                       $"tên {(reform ? "xã, tỉnh" : "xã, huyện, tỉnh")} khác tên chính thức.");
        yield return H("7. Cách ghi số");
        yield return P("Nên nhập số trực tiếp vào ô. Nếu ghi dạng chữ: dấu chấm hoặc dấu cách ngăn cách hàng nghìn, dấu phẩy là dấu thập phân " +
                       "(1.234 là một nghìn hai trăm ba mươi tư; 12,5 là mười hai phẩy năm). Số hộ, số người phải là số nguyên. " +
                       "Thu nhập tính bằng đồng/người/tháng; kinh phí hỗ trợ tính bằng triệu đồng. Ngày ghi ngày/tháng/năm.");
    }

    private static string StandardText(PovertyStandard standard, int year)
    {
        static string Money(decimal vnd) => vnd.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
        var incomeOnly = standard.RuralIncomeOnlyLineVnd is { } rural && standard.UrbanIncomeOnlyLineVnd is { } urban
            ? $"Hộ có thu nhập bình quân không quá {Money(rural)} đồng/người/tháng ở nông thôn, {Money(urban)} đồng ở thành thị là hộ nghèo. "
            : string.Empty;
        return $"Chuẩn nghèo năm {year} theo {standard.Name}{(standard.Provisional ? " (danh sách chỉ số tạm thời, chờ hướng dẫn chính thức)" : "")}: " +
               incomeOnly +
               $"Hộ có thu nhập bình quân không quá {Money(standard.RuralIncomeLineVnd)} đồng/người/tháng ở nông thôn, " +
               $"{Money(standard.UrbanIncomeLineVnd)} đồng ở thành thị: thiếu hụt từ {standard.MinDeprivationsPoor} trong " +
               $"{standard.Indicators.Count} chỉ số trở lên là hộ nghèo, ít hơn là hộ cận nghèo. Hộ có thu nhập cao hơn mức này không ghi vào danh sách.";
    }
}
