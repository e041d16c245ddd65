using System.Globalization;
using ClosedXML.Excel;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// A valid district report of Trà Cú (849, Trà Vinh) for 2024, written with ClosedXML, that a
/// test mutates and then checks. Every sheet is tidy: header in row 1, data from row 2, columns in
/// the format's order, so a test knows exactly where each field is:
/// <list type="bullet">
/// <item><c>ThongTin</c>: labels in A, values in B. B1 Mã tỉnh 84, B2 Tên tỉnh, B3 Mã huyện 849,
/// B4 Tên huyện, B5 Năm báo cáo 2024 (number), B6 Ngày lập (date cell), B7 Người lập, B8 Phiên bản mẫu 1.</item>
/// <item><c>TongHop</c>, rows 2-5 (<see cref="TidyData.Communes"/>): A Mã xã, B Tên xã, C Tổng số hộ,
/// D Hộ nghèo đầu kỳ, E thoát nghèo, F nghèo phát sinh, G tái nghèo, H Hộ nghèo cuối kỳ, I Tỷ lệ hộ nghèo,
/// J Hộ cận nghèo đầu kỳ, K thoát cận nghèo, L cận nghèo phát sinh, M Hộ cận nghèo cuối kỳ,
/// N Tỷ lệ hộ cận nghèo, O Hộ nghèo DTTS, P Hộ nghèo không có khả năng lao động. No totals row.</item>
/// <item><c>DanhSachHo</c>, rows 2-19 (<see cref="TidyData.Households"/>): A Mã hộ, B Mã xã, C Họ tên chủ hộ,
/// D Số CCCD, E Số nhân khẩu, F Dân tộc, G Khu vực, H Thu nhập bình quân, I Phân loại, J Diễn biến,
/// K-V the 12 indicators EMP1, EMP2, HEA1, HEA2, EDU1, EDU2, HOU1, HOU2, WAS1, WAS2, INF1, INF2.</item>
/// <item><c>HoTro</c>, rows 2-5 (<see cref="TidyData.Support"/>): A Mã xã, B Chương trình, C Số hộ được hỗ trợ,
/// D Kinh phí (triệu đồng).</item>
/// </list>
/// </summary>
public sealed partial class TidyReport
{
    public const string ThongTin = "ThongTin";
    public const string TongHop = "TongHop";
    public const string DanhSachHo = "DanhSachHo";
    public const string HoTro = "HoTro";

    public static readonly string[] SummaryHeaders =
    [
        "Mã xã", "Tên xã", "Tổng số hộ", "Hộ nghèo đầu kỳ", "Số hộ thoát nghèo", "Số hộ nghèo phát sinh", "Số hộ tái nghèo",
        "Hộ nghèo cuối kỳ", "Tỷ lệ hộ nghèo (%)", "Hộ cận nghèo đầu kỳ", "Số hộ thoát cận nghèo", "Số hộ cận nghèo phát sinh",
        "Hộ cận nghèo cuối kỳ", "Tỷ lệ hộ cận nghèo (%)", "Hộ nghèo DTTS", "Hộ nghèo không có khả năng lao động",
    ];

    public static readonly string[] IndicatorHeaders =
    [
        "Việc làm", "Người phụ thuộc trong hộ gia đình", "Dinh dưỡng", "Bảo hiểm y tế", "Trình độ giáo dục của người lớn",
        "Tình trạng đi học của trẻ em", "Chất lượng nhà ở", "Diện tích nhà ở bình quân đầu người", "Nguồn nước sinh hoạt",
        "Nhà tiêu hợp vệ sinh", "Sử dụng dịch vụ viễn thông", "Phương tiện phục vụ tiếp cận thông tin",
    ];

    public static readonly string[] HouseholdHeaders =
    [
        "Mã hộ", "Mã xã", "Họ tên chủ hộ", "Số CCCD", "Số nhân khẩu", "Dân tộc", "Khu vực",
        "Thu nhập bình quân đầu người (đồng/người/tháng)", "Phân loại", "Diễn biến", .. IndicatorHeaders,
    ];

    public static readonly string[] SupportHeaders = ["Mã xã", "Chương trình", "Số hộ được hỗ trợ", "Kinh phí (triệu đồng)"];

    /// <summary>The row after the last commune: where <see cref="AddTotalsRow"/> or <see cref="AddCommune"/> write.</summary>
    public const int FirstFreeSummaryRow = 6;

    public XLWorkbook Workbook { get; } = new();

    /// <summary>"Now" for the validator: mid-2025, so the report's 2024 is neither future nor old.</summary>
    public TimeProvider Clock { get; set; } = FakeClock.On(2025, 6, 15);

    /// <summary>The file's extension when saved (<c>.xlsx</c>, <c>.xlsm</c>).</summary>
    public string Extension { get; set; } = ".xlsx";

    private readonly List<RawCellPatch> _patches = [];
    private byte[]? _replacementBytes;

    private TidyReport()
    {
        WriteInfo(Workbook.AddWorksheet(ThongTin));
        WriteSummary(Workbook.AddWorksheet(TongHop));
        WriteHouseholds(Workbook.AddWorksheet(DanhSachHo));
        WriteSupport(Workbook.AddWorksheet(HoTro));
    }

    public static TidyReport Create() => new();

    public IXLWorksheet Sheet(string name) => Workbook.Worksheet(name);

    private static void WriteInfo(IXLWorksheet ws)
    {
        object?[][] pairs =
        [
            ["Mã tỉnh", TidyData.ProvinceCode], ["Tên tỉnh", TidyData.ProvinceName], ["Mã huyện", TidyData.DistrictCode],
            ["Tên huyện", TidyData.DistrictName], ["Năm báo cáo", TidyData.Year], ["Ngày lập", TidyData.ReportDate],
            ["Người lập", "Nguyễn Thị Mẫu"], ["Phiên bản mẫu", "1"],
        ];
        for (var i = 0; i < pairs.Length; i++)
        {
            Write(ws.Cell(i + 1, 1), pairs[i][0]);
            Write(ws.Cell(i + 1, 2), pairs[i][1]);
        }
    }

    private static void WriteSummary(IXLWorksheet ws)
    {
        WriteHeader(ws, SummaryHeaders);
        foreach (var c in TidyData.Communes)
        {
            WriteRow(ws, c.Row, c.Code, c.Name, c.Total, c.PoorStart, c.PoorEscaped, c.PoorNew, c.PoorReturned, c.PoorEnd, c.PoorRate,
                c.NearPoorStart, c.NearPoorEscaped, c.NearPoorNew, c.NearPoorEnd, c.NearPoorRate, TidyData.PoorEthnicMinority(c), c.PoorNoLabour);
        }
    }

    private static void WriteHouseholds(IXLWorksheet ws)
    {
        WriteHeader(ws, HouseholdHeaders);
        foreach (var h in TidyData.Households)
        {
            WriteRow(ws, h.Row, [h.Code, h.CommuneCode, h.HeadName, h.IdNumber, h.Members, h.Ethnicity, h.Area, h.Income, h.Category, h.Change,
                .. h.Indicators]);
        }
    }

    private static void WriteSupport(IXLWorksheet ws)
    {
        WriteHeader(ws, SupportHeaders);
        foreach (var s in TidyData.Support) WriteRow(ws, s.Row, s.CommuneCode, s.Program, s.Beneficiaries, s.AmountMillion);
    }

    private static void WriteHeader(IXLWorksheet ws, string[] headers)
    {
        for (var i = 0; i < headers.Length; i++) Write(ws.Cell(1, i + 1), headers[i]);
    }

    private static void WriteRow(IXLWorksheet ws, int row, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) Write(ws.Cell(row, i + 1), values[i]);
    }

    /// <summary>
    /// Writes a value as its type: text stays text (ClosedXML's <c>Value = "1.234"</c> would turn
    /// it into a number, and <c>"5/1/2024"</c> into a month-first date), numbers are numbers, a
    /// <see cref="DateTime"/> is a date cell, null clears the cell.
    /// </summary>
    internal static void Write(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: cell.Clear(); break;
            case string text: cell.SetValue(text); break;
            case DateTime date: cell.SetValue(date); break;
            case bool flag: cell.SetValue(flag); break;
            default: cell.SetValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
