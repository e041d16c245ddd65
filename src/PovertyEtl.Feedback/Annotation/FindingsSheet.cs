using System.Globalization;
using System.Xml;
using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Validation;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// The findings sheet, <c>KetQuaKiemTra</c>, first in the annotated copy and selected on
/// opening: the verdict, how to use the copy, then one row per finding (severity, rule, sheet,
/// cell as a link that jumps to it, value found, Vietnamese message, English).
/// </summary>
internal static class FindingsSheet
{
    public const string Name = "KetQuaKiemTra";
    public const int HeaderRow = 3;

    private static readonly (string Header, double Width)[] Columns =
    [
        ("Mức độ", 11), ("Quy tắc", 30), ("Trang tính", 14), ("Ô (bấm để đến ô)", 18), ("Giá trị ghi trong ô", 20),
        ("Nội dung", 100), ("English", 70),
    ];

    /// <param name="sheets">The workbook's sheet names: a link is made only to a sheet that is there.</param>
    public static void Write(Stream output, ReportCheck check, AnnotationPlan plan, string fileName, IReadOnlySet<string> sheets, AnnotationStyles styles)
    {
        using var xml = XmlWriter.Create(output, AnnotationXml.Writer);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", XlsxNamespaces.Main);
        xml.WriteAttributeString("xmlns", "r", null, XlsxNamespaces.Relationships);
        WriteView(xml);
        xml.WriteStartElement("cols");
        for (var i = 0; i < Columns.Length; i++)
        {
            xml.WriteStartElement("col");
            xml.WriteAttributeString("min", Text(i + 1));
            xml.WriteAttributeString("max", Text(i + 1));
            xml.WriteAttributeString("width", Columns[i].Width.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("sheetData");
        var verdict = check.Accepted ? "HỢP LỆ (được nạp, có cảnh báo cần xem)" : "BỊ TỪ CHỐI (chưa được nạp)";
        Row(xml, 1, (1, $"Kết quả kiểm tra tệp {fileName}: {verdict} — {check.Errors} lỗi, {check.Warnings} cảnh báo.", styles.Title));
        Row(xml, 2, (1, "Bấm vào địa chỉ ở cột D để đến ô cần sửa. Ô có lỗi tô đỏ, ô có cảnh báo tô vàng, dòng có lỗi được tô nhạt; " +
            "đưa chuột lên ô để đọc ghi chú. Hãy sửa trên tệp gốc của mình rồi gửi lại tệp gốc.", 0));
        Row(xml, HeaderRow, Columns.Select((c, i) => (i + 1, c.Header, styles.Header)).ToArray());
        var links = new List<(string Cell, string Location)>();
        var row = HeaderRow;
        foreach (var finding in plan.Findings)
        {
            row++;
            var location = LocationOf(finding, sheets);
            if (location is not null) links.Add((CellAddressOf(4, row), location));
            var label = finding.Severity switch { Severity.Error => styles.ErrorLabel, Severity.Warning => styles.WarningLabel, _ => 0 };
            Row(xml, row, (1, SeverityLabel.Of(finding.Severity), label), (2, finding.Rule, 0), (3, finding.Sheet, 0),
                (4, Shown(finding), location is null ? 0 : styles.Link), (5, finding.Value, 0), (6, finding.Message, styles.Text),
                (7, finding.MessageEn, styles.Text));
        }
        xml.WriteEndElement();

        if (links.Count > 0)
        {
            xml.WriteStartElement("hyperlinks");
            foreach (var (cell, location) in links)
            {
                xml.WriteStartElement("hyperlink");
                xml.WriteAttributeString("ref", cell);
                xml.WriteAttributeString("location", location);
                xml.WriteAttributeString("display", location);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Where the link of a finding goes: its cell, else the top of its sheet; nowhere for the file or a missing sheet.</summary>
    private static string? LocationOf(Finding finding, IReadOnlySet<string> sheets) =>
        !sheets.Contains(finding.Sheet) ? null
        : finding.Cell.Length > 0 ? finding.Cell
        : SourceCell.QuotedSheet(finding.Sheet) + "!A1";

    private static string Shown(Finding finding) =>
        finding.Cell.Length > 0 ? finding.Cell : finding.Sheet.Length > 0 ? finding.Sheet : "(cả tệp)";

    /// <summary>The header rows stay in view while the officer scrolls the findings.</summary>
    private static void WriteView(XmlWriter xml)
    {
        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        xml.WriteAttributeString("tabSelected", "1");
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane");
        xml.WriteAttributeString("ySplit", Text(HeaderRow));
        xml.WriteAttributeString("topLeftCell", CellAddressOf(1, HeaderRow + 1));
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("selection");
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteAttributeString("activeCell", CellAddressOf(4, HeaderRow + 1));
        xml.WriteAttributeString("sqref", CellAddressOf(4, HeaderRow + 1));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Row(XmlWriter xml, int number, params (int Column, string Text, int Style)[] cells)
    {
        xml.WriteStartElement("row");
        xml.WriteAttributeString("r", Text(number));
        foreach (var (column, text, style) in cells)
        {
            xml.WriteStartElement("c");
            xml.WriteAttributeString("r", CellAddressOf(column, number));
            if (style != 0) xml.WriteAttributeString("s", Text(style));
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is");
            XlsxText.WriteT(xml, text);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string CellAddressOf(int column, int row) => CellAddress.Of(column, row);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
