using PovertyEtl.Domain.Limits;

namespace PovertyEtl.Domain.Findings;

/// <summary>
/// Every rule of the district report format in one place: stable codes (never reused or
/// renamed: findings are stored under them), severities and messages. Messages say what is
/// wrong, the value found and what was expected, in the officer's terms; the cell is named
/// beside the message. Numbers in Vietnamese messages follow Vietnamese writing: 12,5 and
/// 1.500.000 (callers format them with <see cref="Reading.Text.VietnameseNumbers"/>).
/// </summary>
internal static class RuleCatalogue
{
    private static Rule Error(string code, string vi, string en, bool marksRow = false) => new(code, Severity.Error, vi, en, marksRow);
    private static Rule Warning(string code, string vi, string en) => new(code, Severity.Warning, vi, en);
    private static Rule Info(string code, string vi, string en) => new(code, Severity.Info, vi, en);

    // The file itself.
    public static readonly Rule FileEmpty = Error("FILE_EMPTY",
        "Tệp rỗng ({0}), không có dữ liệu để đọc. Hãy lưu lại báo cáo trong Excel rồi gửi lại.",
        "The file is empty ({0}); save the report again and resend it.");
    public static readonly Rule FileCorrupt = Error("FILE_CORRUPT",
        "Tệp bị hỏng, không mở được như một sổ Excel ({0}). Hãy mở tệp gốc bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi gửi lại.",
        "The file is corrupt and cannot be opened as a workbook ({0}); open the original in Excel or LibreOffice, save it as .xlsx and resend it.");
    public static readonly Rule FileEncrypted = Error("FILE_ENCRYPTED",
        "Tệp được đặt mật khẩu nên không đọc được. Hãy gỡ mật khẩu (Excel: Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu), lưu rồi gửi lại.",
        "The file is encrypted with a password; remove it (File > Info > Protect Workbook > Encrypt with Password), save and resend.");
    public static readonly Rule FileLegacyXls = Error("FILE_LEGACY_XLS",
        "Tệp Excel 97-2003 \"{0}\" không đọc được (lưu bằng phiên bản Excel quá cũ, trước Excel 97, hoặc tệp bị hỏng). Hãy mở tệp và lưu sang .xlsx: trong Excel chọn Tệp > Lưu thành > Sổ làm việc Excel (*.xlsx); hoặc bằng LibreOffice: soffice --headless --convert-to xlsx \"{0}\".",
        "The Excel 97-2003 file '{0}' cannot be read (saved by an Excel older than 97, or damaged); convert it to .xlsx (Excel: File > Save As > Excel Workbook (*.xlsx); LibreOffice: soffice --headless --convert-to xlsx \"{0}\").");
    public static readonly Rule FileNotWorkbook = Error("FILE_NOT_WORKBOOK",
        "Tệp không phải sổ Excel .xlsx, .xlsm hay .xls ({0}). Hãy mở bằng Excel hoặc LibreOffice, lưu dưới dạng Sổ làm việc Excel (*.xlsx) rồi gửi lại.",
        "Not an .xlsx, .xlsm or .xls workbook ({0}); open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).");

    // Limits (ReadLimits): a file beyond them cannot be read faithfully, and reading stops there.
    public static readonly Rule LimitRows = Error("LIMIT_ROWS",
        "Trang \"{0}\" vượt quá giới hạn {1} dòng của Excel (dòng thứ {2} hoặc số dòng không hợp lệ); tệp không do Excel lưu ra nên không đọc tiếp trang này. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.",
        "Sheet '{0}' goes beyond Excel's limit of {1} rows (row {2}); the rest of the sheet was not read.");
    public static readonly Rule LimitColumns = Error("LIMIT_COLUMNS",
        "Trang \"{0}\", dòng {2}: có ô nằm ngoài cột XFD, giới hạn {1} cột của Excel; tệp không do Excel lưu ra nên không đọc tiếp trang này. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.",
        "Sheet '{0}', row {2}: a cell lies beyond column XFD, Excel's limit of {1} columns; the rest of the sheet was not read.");
    public static readonly Rule LimitCellText = Error("LIMIT_CELL_TEXT",
        "Ô ở cột \"{0}\" chứa hơn {1} ký tự, giới hạn của một ô Excel; hãy nhập lại giá trị của ô.",
        "The cell of column '{0}' holds more than {1} characters, Excel's limit for a cell.");
    public static readonly Rule LimitPartSize = Error("LIMIT_PART_SIZE",
        "Phần \"{0}\" của tệp khi giải nén lớn hơn {1} byte, giới hạn PovertyEtl đọc được; tệp không được đọc tiếp. Hãy xóa dữ liệu thừa, lưu lại rồi gửi lại.",
        "Part '{0}' of the file uncompresses to more than {1} bytes, the limit PovertyEtl reads; the file was not read further.");
    public static readonly Rule LimitCompressionRatio = Error("LIMIT_COMPRESSION_RATIO",
        "Phần \"{0}\" của tệp giải nén ra lớn hơn {1} lần kích thước nén (giới hạn chống tệp \"bom nén\"); tệp không được đọc tiếp. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.",
        "Part '{0}' of the file uncompresses to more than {1} times its compressed size (the limit against zip bombs); the file was not read further.");
    public static readonly Rule LimitSharedStrings = Error("LIMIT_SHARED_STRINGS",
        "Bảng chuỗi dùng chung của tệp có hơn {0} chuỗi hoặc hơn {1} ký tự, giới hạn PovertyEtl đọc được; tệp không được đọc.",
        "The file's shared string table holds more than {0} strings or {1} characters, the limit PovertyEtl reads; the file was not read.");
    public static readonly Rule LimitXmlDepth = Error("LIMIT_XML_DEPTH",
        "Phần \"{0}\" của tệp có các thẻ XML lồng nhau sâu hơn {1} cấp, giới hạn PovertyEtl đọc được; tệp không do Excel lưu ra nên không được đọc tiếp.",
        "Part '{0}' of the file nests XML elements deeper than {1} levels, the limit PovertyEtl reads; it was not read further.");
    public static readonly Rule LimitXmlToken = Error("LIMIT_XML_TOKEN",
        "Phần \"{0}\" của tệp có một thẻ, thuộc tính hoặc đoạn chữ XML dài hơn {1} byte, giới hạn PovertyEtl đọc được (một ô Excel không bao giờ dài như vậy); tệp không được đọc tiếp.",
        "Part '{0}' of the file holds one XML tag, attribute or text longer than {1} bytes, the limit PovertyEtl reads (no Excel cell is that long); it was not read further.");

    // Sheets, headers, rows.
    public static readonly Rule SheetMissing = Error("SHEET_MISSING",
        "Thiếu trang tính bắt buộc \"{0}\". Các trang tính có trong tệp: {1}. Hãy thêm trang này, hoặc đổi tên trang tương ứng thành \"{0}\".",
        "Required sheet '{0}' is missing; sheets in the file: {1}.");
    public static readonly Rule SheetDuplicate = Error("SHEET_DUPLICATE",
        "Có hai trang tính cùng được hiểu là \"{0}\": \"{1}\" và \"{2}\". Hãy xóa hoặc đổi tên một trang.",
        "Two sheets both read as '{0}': '{1}' and '{2}'; delete or rename one.");
    public static readonly Rule SheetIgnored = Info("SHEET_IGNORED",
        "Trang tính \"{0}\" không thuộc mẫu báo cáo nên được bỏ qua.",
        "Sheet '{0}' is not part of the format and was ignored.");
    public static readonly Rule HeaderNotFound = Error("HEADER_NOT_FOUND",
        "Không tìm thấy dòng tiêu đề của bảng trong 20 dòng đầu của trang \"{0}\". Dòng tiêu đề phải có các cột bắt buộc: {1}.",
        "No header row among the first 20 rows of sheet '{0}'; required columns: {1}.");
    public static readonly Rule ColumnMissing = Error("COLUMN_MISSING",
        "Thiếu cột bắt buộc \"{0}\" ở dòng tiêu đề {1}. Hãy thêm cột này hoặc sửa tên cột cho đúng (tên được chấp nhận: {2}).",
        "Required column '{0}' is missing from header row {1} (accepted names: {2}).");
    public static readonly Rule ColumnDuplicate = Error("COLUMN_DUPLICATE",
        "Cột \"{0}\" xuất hiện hai lần (ô {1} \"{3}\" và ô {2} \"{4}\"), không biết đọc cột nào. Hãy xóa hoặc đổi tên một cột.",
        "Column '{0}' appears twice ({1} '{3}' and {2} '{4}'); delete or rename one.");
    public static readonly Rule ColumnIgnored = Info("COLUMN_IGNORED",
        "Cột \"{0}\" không thuộc mẫu báo cáo nên được bỏ qua.",
        "Column '{0}' is not part of the format and was ignored.");
    public static readonly Rule InfoKeyMissing = Error("INFO_KEY_MISSING",
        "Trang ThongTin thiếu mục bắt buộc \"{0}\" (nhãn ở một cột, giá trị ở ô ngay bên phải).",
        "ThongTin lacks the required entry '{0}' (the label in one column, its value in the cell to the right).");
    public static readonly Rule NoDataRows = Error("NO_DATA_ROWS",
        "Trang \"{0}\" không có dòng số liệu nào dưới dòng tiêu đề; cần ít nhất một dòng có mã.",
        "Sheet '{0}' has no data row under its header.");
    public static readonly Rule RowWithoutKey = Error("ROW_WITHOUT_KEY",
        "Dòng {0} có số liệu nhưng để trống cột \"{1}\". Hãy ghi mã; nếu đây là dòng tổng, hãy ghi \"Tổng cộng\".",
        "Row {0} has numbers but no '{1}'; fill in the code, or label a totals row 'Tổng cộng'.", marksRow: true);

    // Values.
    public static readonly Rule ValueRequired = Error("VALUE_REQUIRED",
        "Ô bắt buộc của cột \"{0}\" đang để trống; hãy nhập giá trị.",
        "The required cell of column '{0}' is empty.");
    public static readonly Rule ValueNotNumber = Error("VALUE_NOT_NUMBER",
        "\"{0}\" không phải là số hợp lệ cho cột \"{1}\". Số viết theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy là dấu thập phân (ví dụ 1.234 hoặc 12,5).",
        "'{0}' is not a valid number for column '{1}' (Vietnamese style: '.' groups thousands, ',' is the decimal mark).");
    public static readonly Rule ValueNotWhole = Error("VALUE_NOT_WHOLE",
        "Cột \"{1}\" là số hộ/số người nên phải là số nguyên, nhưng ô ghi \"{0}\".",
        "Column '{1}' is a count and must be a whole number, found '{0}'.");
    public static readonly Rule ValueAmbiguous = Error("VALUE_AMBIGUOUS",
        "\"{0}\" ở cột \"{1}\" không rõ nghĩa: dấu phẩy là dấu thập phân nên đây là một số lẻ, không phải số nguyên. Nếu muốn ghi {2}, hãy viết {3} (dấu chấm ngăn cách hàng nghìn) hoặc nhập dạng số.",
        "'{0}' in column '{1}' is ambiguous: ',' is the decimal mark, so it is not a whole number; for {2} write {3}.");
    public static readonly Rule ValueNegative = Error("VALUE_NEGATIVE",
        "Cột \"{1}\" không được là số âm, nhưng ô ghi {0}; hãy nhập số từ 0 trở lên.",
        "Column '{1}' cannot be negative, found {0}.");
    public static readonly Rule ValueOverBound = Error("VALUE_OVER_BOUND",
        "Cột \"{1}\" ghi {0}, vượt quá giới hạn hợp lý {2}; hãy kiểm tra lại giá trị (có thể thừa chữ số).",
        "Column '{1}' says {0}, beyond the sane bound of {2}; check the value (a digit too many?).");
    public static readonly Rule ValueNotDate = Error("VALUE_NOT_DATE",
        "\"{0}\" không phải ngày hợp lệ cho \"{1}\"; hãy ghi theo dạng ngày/tháng/năm, ví dụ 15/12/2024.",
        "'{0}' is not a valid date for '{1}'; write day/month/year, e.g. 15/12/2024.");
    public static readonly Rule ValueFormulaWithoutResult = Error("VALUE_FORMULA_NO_RESULT",
        "Ô có công thức {0} nhưng chưa có giá trị đã tính (tệp được lưu bởi chương trình không tính công thức). Hãy mở tệp bằng Excel hoặc LibreOffice để công thức tính xong rồi lưu lại.",
        "The cell holds formula {0} with no saved result; open the file in Excel or LibreOffice, let it recalculate and save.");
    public static readonly Rule ValueCellError = Error("VALUE_CELL_ERROR",
        "Ô đang báo lỗi {0} ở cột \"{1}\" (công thức tính sai). Hãy sửa công thức hoặc nhập giá trị.",
        "The cell of column '{1}' shows error {0}; fix the formula or type the value.");
    public static readonly Rule ValueCodeFormat = Error("VALUE_CODE_FORMAT",
        "Mã \"{0}\" ở cột \"{1}\" không hợp lệ: phải gồm {2} chữ số theo danh mục hành chính chính thức.",
        "Code '{0}' in column '{1}' is invalid: {2} digits of the official catalogue are expected.");
    public static readonly Rule ValueYearFormat = Error("VALUE_YEAR_FORMAT",
        "Năm báo cáo \"{0}\" không hợp lệ: phải là năm có 4 chữ số, ví dụ 2024.",
        "Reporting year '{0}' is invalid: a 4-digit year such as 2024 is expected.");
    public static readonly Rule ValueNotInList = Error("VALUE_NOT_IN_LIST",
        "\"{0}\" không phải giá trị hợp lệ của cột \"{1}\". Giá trị được chấp nhận: {2}.",
        "'{0}' is not a valid value of column '{1}'; accepted: {2}.");
    public static readonly Rule ValueIndicator = Error("VALUE_INDICATOR",
        "\"{0}\" ở cột chỉ số \"{1}\" không hợp lệ: ghi 1, x hoặc \"có\" nếu hộ thiếu hụt chỉ số này; ghi 0 hoặc để trống nếu không thiếu hụt.",
        "'{0}' in indicator column '{1}' is invalid: 1, x or 'có' when deprived; 0 or empty when not.");
    public static readonly Rule ValueIdNumber = Error("VALUE_ID_NUMBER",
        "Số định danh ở cột \"{0}\" không hợp lệ: phải gồm đúng 12 chữ số (giá trị không được nhắc lại ở đây vì là dữ liệu cá nhân).",
        "The ID number in column '{0}' is invalid: exactly 12 digits are expected (the value is personal data and not repeated here).");

    // ThongTin.
    public static readonly Rule ProvinceUnknown = Error("PROVINCE_UNKNOWN",
        "Mã tỉnh \"{0}\" không có trong danh mục đơn vị hành chính; hãy ghi mã tỉnh 2 chữ số theo danh mục của Tổng cục Thống kê (ví dụ 84).",
        "Province code '{0}' is not in the official catalogue.");
    public static readonly Rule DistrictUnknown = Error("DISTRICT_UNKNOWN",
        "Mã huyện \"{0}\" không có trong danh mục đơn vị hành chính; hãy ghi mã huyện 3 chữ số theo danh mục của Tổng cục Thống kê.",
        "District code '{0}' is not in the official catalogue.");
    public static readonly Rule DistrictNotInProvince = Error("DISTRICT_NOT_IN_PROVINCE",
        "{0} (mã {1}) thuộc {2} (mã {3}), không thuộc tỉnh mã {4} ghi ở mục Mã tỉnh.",
        "District {0} ({1}) belongs to province {2} ({3}), not to province {4} given as Mã tỉnh.");
    public static readonly Rule ProvinceNameMismatch = Warning("PROVINCE_NAME_MISMATCH",
        "Tên tỉnh ghi \"{0}\" khác tên chính thức của mã {1} là \"{2}\"; hãy kiểm tra lại mã tỉnh hoặc tên tỉnh.",
        "Province name '{0}' differs from the official name of code {1}, '{2}'.");
    public static readonly Rule DistrictNameMismatch = Warning("DISTRICT_NAME_MISMATCH",
        "Tên huyện ghi \"{0}\" khác tên chính thức của mã {1} là \"{2}\"; hãy kiểm tra lại mã huyện hoặc tên huyện.",
        "District name '{0}' differs from the official name of code {1}, '{2}'.");
    public static readonly Rule YearTooEarly = Warning("YEAR_TOO_EARLY",
        "Năm báo cáo {0} sớm hơn năm 2016, năm đầu tiên của các kỳ rà soát được theo dõi; hãy kiểm tra lại.",
        "Reporting year {0} is before 2016; check it.");
    public static readonly Rule YearInFuture = Warning("YEAR_IN_FUTURE",
        "Năm báo cáo {0} ở quá xa trong tương lai (năm nay là {1}, năm báo cáo chậm nhất là năm sau); hãy kiểm tra lại.",
        "Reporting year {0} is more than one year in the future (this year is {1}); check it.");
    public static readonly Rule TemplateVersionUnknown = Warning("TEMPLATE_VERSION_UNKNOWN",
        "Phiên bản mẫu \"{0}\" không được biết; tệp được đọc theo mẫu phiên bản 1.",
        "Template version '{0}' is unknown; the file was read as format version 1.");

    // The 2025 reform (format v2).
    public static readonly Rule DistrictAfterReform = Error("DISTRICT_AFTER_REFORM",
        "Từ 01/07/2025 không còn cấp huyện, nhưng ThongTin ghi Mã huyện {0}. Báo cáo năm {1} ghi Mã tỉnh (và Mã xã nếu là báo cáo của một xã); hãy xóa mục Mã huyện.",
        "Districts were abolished on 1 July 2025, but ThongTin gives district code {0}; a {1} report names the province (and the commune, for a commune's own report).");
    public static readonly Rule ProvinceMerged = Error("PROVINCE_MERGED",
        "{0} (mã {1}) không còn từ 01/07/2025: đã hợp nhất vào {2} (mã {3}). Báo cáo năm {4} ghi mã tỉnh mới {3}.",
        "Province {0} ({1}) no longer exists from 1 July 2025: it merged into {2} ({3}); a {4} report gives the new code {3}.");
    public static readonly Rule CommuneCodeBeforeReform = Error("COMMUNE_CODE_BEFORE_REFORM",
        "Mã xã {0} là mã trước 01/07/2025 ({1}); từ 01/07/2025 đơn vị này thuộc {2}. Báo cáo năm {3} phải dùng mã xã mới.",
        "Commune code {0} is a pre-reform code ({1}); from 1 July 2025 that unit is part of {2}; a {3} report uses the new codes.");
    public static readonly Rule CommuneCodeAfterReform = Error("COMMUNE_CODE_AFTER_REFORM",
        "Mã xã {0} là mã từ 01/07/2025 ({1}); báo cáo năm {2} dùng mã trước cải cách của các xã cũ: {3}.",
        "Commune code {0} is a post-reform code ({1}); a {2} report uses the pre-reform codes of the old communes: {3}.");
    public static readonly Rule CommuneCodeReused = Error("COMMUNE_CODE_REUSED",
        "Mã xã {0} từ 01/07/2025 là {1} (gồm {2} cũ), không còn là {3} như ghi ở đây. Hãy ghi số liệu của đơn vị mới với tên mới.",
        "Commune code {0} means {1} from 1 July 2025 (formed of old {2}), no longer {3} as written; report the new unit under its new name.");
    public static readonly Rule CommuneNotInProvince = Error("COMMUNE_NOT_IN_PROVINCE",
        "{0} (mã {1}) thuộc {2} (mã {3}), không thuộc tỉnh mã {4} của báo cáo này.",
        "Commune {0} ({1}) belongs to province {2} ({3}), not to province {4} of this report.");
    public static readonly Rule CommuneOutsideReport = Error("COMMUNE_OUTSIDE_REPORT",
        "Báo cáo này là của riêng xã mã {0} (ghi ở ThongTin), nhưng TongHop có xã mã {1}.",
        "This report is commune {0}'s own (ThongTin), but TongHop lists commune {1}.");

    // TongHop.
    public static readonly Rule CommuneUnknown = Error("COMMUNE_UNKNOWN",
        "Mã xã \"{0}\" không có trong danh mục đơn vị hành chính; hãy ghi mã xã 5 chữ số theo danh mục của Tổng cục Thống kê.",
        "Commune code '{0}' is not in the official catalogue.", marksRow: true);
    public static readonly Rule CommuneNotInDistrict = Error("COMMUNE_NOT_IN_DISTRICT",
        "{0} (mã {1}) thuộc {2} (mã {3}), không thuộc {4} của báo cáo này.",
        "Commune {0} ({1}) belongs to district {2} ({3}), not to district {4} of this report.", marksRow: true);
    public static readonly Rule CommuneDuplicate = Error("COMMUNE_DUPLICATE",
        "Xã mã {0} xuất hiện hai lần trong trang TongHop (dòng {1} và dòng {2}); mỗi xã chỉ ghi một dòng.",
        "Commune {0} appears twice in TongHop (rows {1} and {2}).", marksRow: true);
    public static readonly Rule CommuneNameMismatch = Warning("COMMUNE_NAME_MISMATCH",
        "Tên xã ghi \"{0}\" khác tên chính thức của mã {1} là \"{2}\"; hãy kiểm tra lại mã xã hoặc tên xã.",
        "Commune name '{0}' differs from the official name of code {1}, '{2}'.");
    public static readonly Rule PoorExceedsTotal = Error("POOR_EXCEEDS_TOTAL",
        "{0}: số hộ nghèo cuối kỳ {1} lớn hơn tổng số hộ {2}; số hộ nghèo không thể nhiều hơn tổng số hộ của xã.",
        "Commune {0}: {1} poor households at year end, more than the {2} households in all.", marksRow: true);
    public static readonly Rule NearPoorExceedsTotal = Error("NEAR_POOR_EXCEEDS_TOTAL",
        "{0}: số hộ cận nghèo cuối kỳ {1} lớn hơn tổng số hộ {2}; số hộ cận nghèo không thể nhiều hơn tổng số hộ của xã.",
        "Commune {0}: {1} near-poor households at year end, more than the {2} households in all.", marksRow: true);
    public static readonly Rule PoorAndNearPoorExceedTotal = Error("POOR_AND_NEAR_POOR_EXCEED_TOTAL",
        "{0}: hộ nghèo {1} + hộ cận nghèo {2} = {3}, lớn hơn tổng số hộ {4}; hộ nghèo và hộ cận nghèo cộng lại không thể nhiều hơn tổng số hộ của xã.",
        "Commune {0}: poor {1} + near-poor {2} = {3}, more than the {4} households in all.", marksRow: true);
    public static readonly Rule FlowBalancePoor = Error("FLOW_BALANCE_POOR",
        "{0}: đầu kỳ {1} − thoát nghèo {2} + phát sinh {3} + tái nghèo {4} = {5}, nhưng cuối kỳ ghi {6}.",
        "Commune {0}: start {1} - escaped {2} + new {3} + returned {4} = {5}, but the year end says {6}.", marksRow: true);
    public static readonly Rule FlowBalanceNearPoor = Error("FLOW_BALANCE_NEAR_POOR",
        "{0}: cận nghèo đầu kỳ {1} − thoát cận nghèo {2} + phát sinh {3} = {4}, nhưng cuối kỳ ghi {5}.",
        "Commune {0}: near-poor start {1} - escaped {2} + new {3} = {4}, but the year end says {5}.", marksRow: true);
    public static readonly Rule EthnicMinorityExceedsPoor = Error("ETHNIC_MINORITY_EXCEEDS_POOR",
        "{0}: số hộ nghèo dân tộc thiểu số {1} lớn hơn số hộ nghèo cuối kỳ {2}; đây là một phần của hộ nghèo nên không thể nhiều hơn.",
        "Commune {0}: {1} ethnic-minority poor households, more than the {2} poor households.", marksRow: true);
    public static readonly Rule NoLabourExceedsPoor = Error("NO_LABOUR_EXCEEDS_POOR",
        "{0}: số hộ nghèo không có khả năng lao động {1} lớn hơn số hộ nghèo cuối kỳ {2}; đây là một phần của hộ nghèo nên không thể nhiều hơn.",
        "Commune {0}: {1} poor households with no labour, more than the {2} poor households.", marksRow: true);
    public static readonly Rule NearPoorNoLabourExceedsNearPoor = Error("NEAR_POOR_NO_LABOUR_EXCEEDS_NEAR_POOR",
        "{0}: số hộ cận nghèo không có khả năng lao động {1} lớn hơn số hộ cận nghèo cuối kỳ {2}; đây là một phần của hộ cận nghèo nên không thể nhiều hơn.",
        "Commune {0}: {1} near-poor households with no labour, more than the {2} near-poor households.", marksRow: true);
    public static readonly Rule RateMismatch = Warning("RATE_MISMATCH",
        "{0}: tỷ lệ ghi {1}%, nhưng theo số liệu là {2}% ({3} hộ / tổng số {4} hộ × 100), chênh hơn 0,05 điểm phần trăm.",
        "{0}: stated rate {1}% but {2}% computed ({3}/{4} households), more than 0.05 points apart.");
    public static readonly Rule TotalsMismatch = Error("TOTALS_MISMATCH",
        "Dòng tổng cộng ghi {0} ở cột \"{1}\", nhưng cộng các dòng xã được {2}; hãy sửa dòng tổng hoặc số liệu của xã.",
        "The totals row says {0} in column '{1}', but the rows add up to {2}.", marksRow: true);

    // DanhSachHo.
    public static readonly Rule HouseholdDuplicate = Error("HOUSEHOLD_DUPLICATE",
        "Mã hộ {0} xuất hiện hai lần trong DanhSachHo (dòng {1} và dòng {2}); mỗi hộ chỉ ghi một dòng, với mã hộ riêng.",
        "Household code {0} appears twice in DanhSachHo (rows {1} and {2}).", marksRow: true);
    public static readonly Rule HouseholdMembers = Error("HOUSEHOLD_MEMBERS",
        "Hộ {0}: số nhân khẩu phải từ 1 trở lên, nhưng ô ghi {1}.",
        "Household {0}: at least 1 member expected, found {1}.");
    public static readonly Rule HouseholdCommuneNotInSummary = Error("HOUSEHOLD_COMMUNE_NOT_IN_SUMMARY",
        "Hộ {0} thuộc xã mã {1}, nhưng xã này không có trong trang TongHop; hãy kiểm tra mã xã của hộ hoặc thêm xã vào TongHop.",
        "Household {0} is in commune {1}, which is not in TongHop.", marksRow: true);
    public static readonly Rule HouseholdCountMismatch = Error("HOUSEHOLD_COUNT_MISMATCH",
        "{0}: TongHop ghi {1} {2} cuối kỳ, nhưng DanhSachHo có {3} hộ được phân loại là {2}.",
        "Commune {0}: TongHop says {1} {2} at year end, but DanhSachHo lists {3}.", marksRow: true);
    public static readonly Rule HouseholdCategoryStandard = Warning("HOUSEHOLD_CATEGORY_STANDARD",
        "Hộ {0} được ghi là {1}, nhưng theo chuẩn nghèo năm {2} (theo {3}; {4}: {5}; hộ có thu nhập {6} đồng và thiếu hụt {7}/{8} chỉ số) thì là {9}.",
        "Household {0} is recorded as {1}, but the {2} standard ({3}; {4}: {5}; income {6} VND, {7}/{8} deprivations) makes it {9}.");
    public static readonly Rule PoorEthnicMinorityMismatch = Warning("POOR_ETHNIC_MINORITY_MISMATCH",
        "Xã {0}: TongHop ghi {1} hộ nghèo dân tộc thiểu số cuối kỳ, nhưng DanhSachHo có {2} hộ nghèo có chủ hộ không phải dân tộc Kinh.",
        "Commune {0}: TongHop says {1} poor ethnic-minority households at year end, but DanhSachHo lists {2} poor households whose head is not Kinh.");
    public static readonly Rule HouseholdListEmpty = Info("HOUSEHOLD_LIST_EMPTY",
        "Trang \"{0}\" không có hộ nào dưới dòng tiêu đề nên được coi như chưa gửi danh sách hộ; số hộ nghèo, cận nghèo ở TongHop không được đối chiếu với danh sách.",
        "Sheet '{0}' lists no household: it is taken as not sent, and TongHop's stocks are not compared with a list.");
    public static readonly Rule StandardMissing = Info("STANDARD_MISSING",
        "Chưa có chuẩn nghèo nào được cấu hình cho năm {0}, nên không kiểm tra phân loại hộ theo chuẩn.",
        "No poverty standard is configured for {0}; household categories were not checked against one.");

    // HoTro.
    public static readonly Rule SupportProgramUnknown = Error("SUPPORT_PROGRAM_UNKNOWN",
        "\"{0}\" không phải chương trình hỗ trợ hợp lệ. Chương trình được chấp nhận: {1}.",
        "'{0}' is not a known support program; accepted: {1}.");
    public static readonly Rule SupportCommuneNotInSummary = Error("SUPPORT_COMMUNE_NOT_IN_SUMMARY",
        "Xã mã {0} có trong trang HoTro nhưng không có trong trang TongHop; hãy kiểm tra lại mã xã.",
        "Commune {0} is in HoTro but not in TongHop.", marksRow: true);
    public static readonly Rule SupportDuplicate = Error("SUPPORT_DUPLICATE",
        "Xã mã {0}: chương trình \"{1}\" ({4}) xuất hiện hai lần (dòng {2} và dòng {3}); hãy gộp thành một dòng.",
        "Commune {0}: program '{1}' ({4}) appears twice (rows {2} and {3}); merge them into one row.", marksRow: true);

    // Against the warehouse.
    public static readonly Rule CommuneReportedElsewhere = Error("COMMUNE_REPORTED_ELSEWHERE",
        "{0} đã có số liệu năm {1} trong một báo cáo khác đang được dùng ({2}, tệp {3}). Mỗi xã chỉ được báo cáo một lần mỗi năm: hãy bỏ xã này khỏi một trong hai báo cáo, hoặc gửi lại báo cáo kia không có xã này.",
        "Commune {0} already has {1} figures in another current report ({2}, file {3}); a commune is reported once a year.");
    public static readonly Rule PoorStartDiffersFromLastYear = Warning("POOR_START_DIFFERS_FROM_LAST_YEAR",
        "{0}: hộ nghèo đầu kỳ năm {1} ghi {2}, nhưng hộ nghèo cuối kỳ năm {3} đã nạp là {4}; đầu kỳ năm nay thường bằng cuối kỳ năm trước.",
        "Commune {0}: {2} poor households at the start of {1}, but {4} at the end of {3} as loaded.");
    public static readonly Rule NearPoorStartDiffersFromLastYear = Warning("NEAR_POOR_START_DIFFERS_FROM_LAST_YEAR",
        "{0}: hộ cận nghèo đầu kỳ năm {1} ghi {2}, nhưng hộ cận nghèo cuối kỳ năm {3} đã nạp là {4}; đầu kỳ năm nay thường bằng cuối kỳ năm trước.",
        "Commune {0}: {2} near-poor households at the start of {1}, but {4} at the end of {3} as loaded.");

    // Reporting.
    public static readonly Rule MoreFindings = Info("MORE_FINDINGS",
        "Còn {0} phát hiện khác cùng loại {1} không được liệt kê; hãy sửa các lỗi trên rồi kiểm tra lại.",
        "{0} more findings of rule {1} were not listed.");

    /// <summary>A rule of the limits of what is read (<see cref="ReadLimits"/>): the file could not be read faithfully.</summary>
    public static bool IsLimit(string code) => code.StartsWith("LIMIT_", StringComparison.Ordinal);

    public static Rule? ByCode(string code) => All.FirstOrDefault(r => r.Code == code);

    public static IReadOnlyList<Rule> All { get; } = typeof(RuleCatalogue)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => (Rule)f.GetValue(null)!)
        .ToList();
}
