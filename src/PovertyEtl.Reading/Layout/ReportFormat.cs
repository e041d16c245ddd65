using PovertyEtl.Domain.Limits;
using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Reading.Layout;

/// <summary>
/// The district report workbook, format v1 (<c>docs/report-format.md</c>): its sheets, the
/// <c>ThongTin</c> labels and the columns of each table, with every alias the format accepts.
/// </summary>
public sealed class ReportFormat
{
    public const string InfoSheet = "ThongTin";
    public const string SummarySheet = "TongHop";
    public const string HouseholdSheet = "DanhSachHo";
    public const string SupportSheet = "HoTro";

    public static IReadOnlyList<string> SheetNames { get; } = [InfoSheet, SummarySheet, HouseholdSheet, SupportSheet];

    public static bool IsRequiredSheet(string canonical) => canonical is InfoSheet or SummarySheet;

    public static IReadOnlyList<InfoLabel> InfoLabels { get; } =
    [
        new("province_code", "Mã tỉnh", [], true),
        new("province_name", "Tên tỉnh", ["Tỉnh"], false),
        // Required for reports of 2024 and before only (format v1); absent after the 2025 reform (v2).
        new("district_code", "Mã huyện", [], false),
        new("district_name", "Tên huyện", ["Huyện"], false),
        // Format v2: a report of one commune names it here.
        new("commune_code", "Mã xã", [], false),
        new("commune_name", "Tên xã", ["Xã"], false),
        new("year", "Năm báo cáo", ["Năm"], true),
        new("report_date", "Ngày lập", ["Ngày lập báo cáo"], false),
        new("prepared_by", "Người lập", ["Người lập biểu"], false),
        new("template_version", "Phiên bản mẫu", [], false),
    ];

    public static TableSpec Summary { get; } = new(SummarySheet, true, "commune_code",
    [
        new("commune_code", "Mã xã", ["Mã đơn vị"], true, ValueKind.Code, 5),
        new("commune_name", "Tên xã", ["Đơn vị", "Xã, phường, thị trấn"], true, ValueKind.Text),
        new("total_households", "Tổng số hộ", ["Tổng số hộ dân cư"], true, ValueKind.Count),
        new("poor_start", "Hộ nghèo đầu kỳ", ["Số hộ nghèo đầu năm"], true, ValueKind.Count),
        new("poor_escaped", "Số hộ thoát nghèo", ["Thoát nghèo"], true, ValueKind.Count),
        new("poor_new", "Số hộ nghèo phát sinh", ["Nghèo phát sinh"], true, ValueKind.Count),
        new("poor_returned", "Số hộ tái nghèo", ["Tái nghèo"], true, ValueKind.Count),
        new("poor_end", "Hộ nghèo cuối kỳ", ["Số hộ nghèo cuối năm"], true, ValueKind.Count),
        new("poor_rate_pct", "Tỷ lệ hộ nghèo (%)", ["Tỷ lệ hộ nghèo cuối kỳ"], false, ValueKind.Percent),
        new("near_poor_start", "Hộ cận nghèo đầu kỳ", ["Số hộ cận nghèo đầu năm"], true, ValueKind.Count),
        new("near_poor_escaped", "Số hộ thoát cận nghèo", ["Thoát cận nghèo"], true, ValueKind.Count),
        new("near_poor_new", "Số hộ cận nghèo phát sinh", ["Cận nghèo phát sinh"], true, ValueKind.Count),
        new("near_poor_end", "Hộ cận nghèo cuối kỳ", ["Số hộ cận nghèo cuối năm"], true, ValueKind.Count),
        new("near_poor_rate_pct", "Tỷ lệ hộ cận nghèo (%)", ["Tỷ lệ hộ cận nghèo cuối kỳ"], false, ValueKind.Percent),
        new("poor_ethnic_minority_end", "Hộ nghèo DTTS", ["Hộ nghèo dân tộc thiểu số"], false, ValueKind.Count),
        new("poor_no_labour_end", "Hộ nghèo không có khả năng lao động", [], false, ValueKind.Count),
        new("near_poor_no_labour_end", "Hộ cận nghèo không có khả năng lao động", [], false, ValueKind.Count),
    ]);

    public static TableSpec Support { get; } = new(SupportSheet, false, "commune_code",
    [
        new("commune_code", "Mã xã", ["Mã đơn vị"], true, ValueKind.Code, 5),
        new("program", "Chương trình", ["Loại hỗ trợ", "Nội dung hỗ trợ"], true, ValueKind.Term),
        new("beneficiaries", "Số hộ được hỗ trợ", ["Số lượt", "Số người"], true, ValueKind.Count),
        new("amount_million_vnd", "Kinh phí (triệu đồng)", ["Kinh phí"], false, ValueKind.Money, Maximum: ReadLimits.SupportAmountMillionVnd),
    ]);

    /// <summary>The household table: its fixed columns, then one column per indicator of the review year's poverty standard.</summary>
    public static TableSpec Households(IReadOnlyList<Indicator> indicators) => new(HouseholdSheet, false, "household_code",
    [
        new("household_code", "Mã hộ", [], true, ValueKind.Text),
        new("commune_code", "Mã xã", ["Mã đơn vị"], true, ValueKind.Code, 5),
        new("head_name", "Họ tên chủ hộ", ["Họ và tên chủ hộ"], true, ValueKind.PersonalText),
        new("head_id_number", "Số CCCD", ["Số định danh", "CCCD chủ hộ"], false, ValueKind.IdNumber),
        new("members", "Số nhân khẩu", ["Số thành viên"], true, ValueKind.Count, Maximum: ReadLimits.HouseholdMembers),
        new("ethnicity", "Dân tộc", [], true, ValueKind.Term),
        new("area", "Khu vực", [], false, ValueKind.Term),
        new("income_per_capita", "Thu nhập bình quân", ["Thu nhập bình quân đầu người (đồng/người/tháng)", "Thu nhập bình quân đầu người"], true, ValueKind.Money,
            Maximum: ReadLimits.MonthlyIncomeVnd),
        new("category", "Phân loại", ["Loại hộ"], true, ValueKind.Term),
        new("change", "Diễn biến", ["Tình trạng"], false, ValueKind.Term),
        .. indicators.Select(i => new ColumnSpec("indicator:" + i.Code, i.Name, i.Aliases, true, ValueKind.Indicator)),
    ]);
}
