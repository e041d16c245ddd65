using System.Globalization;
using ClosedXML.Excel;
using PovertyEtl.Ingestion.Figures;

namespace PovertyEtl.Feedback.Annex;

/// <summary>
/// Writes a province's results workbook as its decision annexes lay them out (Trà Vinh's
/// QĐ 122/QĐ-UBND of 2023 publishing the 2022 review): title rows naming the province and year,
/// two heading rows, a line per unit (district up to 2024, commune from 2025) by its display name,
/// the province's totals row, then where the figures came from. Print-ready: A4 landscape, one
/// page wide, the heading rows repeated on every page and frozen on screen.
/// </summary>
public static class ProvinceAnnex
{
    public const string SheetName = "PhuLuc";
    public const int FirstHeadingRow = 5;
    public const int LastHeadingRow = 6;
    public const int FirstLineRow = 7;
    private const int UnitColumns = 2;

    /// <summary>Writes the workbook to <paramref name="path"/>, whole or not at all; <paramref name="madeAt"/> is stated in its notes.</summary>
    public static void Write(string path, AnnexSubject subject, ProvinceAnnexFigures figures, DateTimeOffset madeAt)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName);
        var provinceName = figures.ProvinceName ?? subject.Province.DisplayName;
        workbook.Properties.Title = $"Kết quả rà soát hộ nghèo, hộ cận nghèo năm {subject.Year} — {provinceName}";
        var lastColumn = UnitColumns + AnnexColumn.Figures.Count;
        WriteTitle(sheet, subject, provinceName, lastColumn);
        WriteHeadings(sheet, subject);
        var row = FirstLineRow;
        foreach (var (line, number) in figures.Lines.Select((l, i) => (l, i + 1)))
            WriteLine(sheet.Row(row++), number.ToString(CultureInfo.InvariantCulture), line);
        WriteLine(sheet.Row(row), null, AnnexTotals.Of(figures.ProvinceCode, "Toàn tỉnh", figures.Lines));
        sheet.Row(row).Style.Font.Bold = true;
        var table = sheet.Range(FirstHeadingRow, 1, row, lastColumn);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        var lastRow = WriteNotes(sheet, row + 2, lastColumn, AnnexNotes.Lines(subject, figures, madeAt));
        SetUpPage(sheet, lastRow, lastColumn);
        Save(workbook, path);
    }

    private static void WriteTitle(IXLWorksheet sheet, AnnexSubject subject, string provinceName, int lastColumn)
    {
        Merged(sheet, 1, lastColumn, $"KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM {subject.Year}").Style.Font.SetBold().Font.SetFontSize(13);
        Merged(sheet, 2, lastColumn, $"{provinceName} (mã tỉnh {subject.Province.Code}), theo {subject.UnitHeading.ToLowerInvariant()}").Style.Font.SetBold();
        var unit = Merged(sheet, 3, lastColumn, "Đơn vị tính: hộ; tỷ lệ: %");
        unit.Style.Font.Italic = true;
        unit.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
    }

    private static void WriteHeadings(IXLWorksheet sheet, AnnexSubject subject)
    {
        SpanBoth(sheet, 1, "STT");
        SpanBoth(sheet, 2, subject.UnitHeading);
        var column = UnitColumns + 1;
        foreach (var group in AnnexColumn.Figures.GroupBy(c => c.Group))
        {
            var columns = group.ToList();
            if (columns[0].Heading is null) SpanBoth(sheet, column, group.Key);
            else
            {
                sheet.Range(FirstHeadingRow, column, FirstHeadingRow, column + columns.Count - 1).Merge().FirstCell().SetValue(group.Key);
                for (var i = 0; i < columns.Count; i++) sheet.Cell(LastHeadingRow, column + i).SetValue(columns[i].Heading);
            }
            column += columns.Count;
        }
        var headings = sheet.Range(FirstHeadingRow, 1, LastHeadingRow, column - 1).Style;
        headings.Font.Bold = true;
        headings.Alignment.WrapText = true;
        headings.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        headings.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        sheet.Column(1).Width = 5;
        sheet.Column(2).Width = 30;
        for (var i = 0; i < AnnexColumn.Figures.Count; i++) sheet.Column(UnitColumns + 1 + i).Width = AnnexColumn.Figures[i].Width;
        sheet.Row(FirstHeadingRow).Height = 30;
        sheet.Row(LastHeadingRow).Height = 30;
    }

    private static void WriteLine(IXLRow row, string? number, AnnexLine line)
    {
        if (number is not null) row.Cell(1).SetValue(number);
        row.Cell(1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        row.Cell(2).SetValue(line.UnitName);
        for (var i = 0; i < AnnexColumn.Figures.Count; i++)
        {
            var column = AnnexColumn.Figures[i];
            var cell = row.Cell(UnitColumns + 1 + i);
            if (column.Value(line) is { } value) cell.Value = value;
            cell.Style.NumberFormat.NumberFormatId = column.NumberFormatId;
        }
    }

    private static int WriteNotes(IXLWorksheet sheet, int row, int lastColumn, IReadOnlyList<string> notes)
    {
        foreach (var note in notes)
        {
            var cell = Merged(sheet, row, lastColumn, note);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Font.Italic = true;
            // A merged cell does not grow with its text: about 130 characters fit a line at these widths.
            sheet.Row(row).Height = 15 * Math.Max(1, (note.Length + 129) / 130);
            row++;
        }
        return row - 1;
    }

    private static void SetUpPage(IXLWorksheet sheet, int lastRow, int lastColumn)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(FirstHeadingRow, LastHeadingRow);
        page.PrintAreas.Add(1, 1, lastRow, lastColumn);
        page.CenterHorizontally = true;
        page.Margins.Left = page.Margins.Right = 0.5;
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        sheet.SheetView.Freeze(LastHeadingRow, UnitColumns);
    }

    private static IXLRange Merged(IXLWorksheet sheet, int row, int lastColumn, string text)
    {
        var range = sheet.Range(row, 1, row, lastColumn).Merge();
        range.FirstCell().SetValue(text);
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        return range;
    }

    private static void SpanBoth(IXLWorksheet sheet, int column, string heading) =>
        sheet.Range(FirstHeadingRow, column, LastHeadingRow, column).Merge().FirstCell().SetValue(heading);

    /// <summary>Written under a <c>.part</c> name and renamed when complete: a failure leaves no half workbook.</summary>
    private static void Save(XLWorkbook workbook, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var partial = path + ".part";
        try
        {
            using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
                workbook.SaveAs(output);
            File.Move(partial, path, overwrite: false);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
