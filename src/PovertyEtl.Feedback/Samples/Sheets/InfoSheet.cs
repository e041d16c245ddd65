using System.Globalization;
using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Reading.Layout;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// <c>ThongTin</c>: label and value side by side, the labels in any accepted spelling, perhaps
/// numbered, ending in a colon or merged over two columns; the optional entries now and then
/// left out.
/// </summary>
internal static class InfoSheet
{
    public static void Write(XlsxWorkbookWriter book, string name, SampleContext context)
    {
        var layout = context.Layout;
        var random = context.Random;
        var labelColumn = layout.ExtraColumns ? 2 : 1;
        var valueColumn = labelColumn + (layout.InfoLabelsMerged ? 2 : 1);
        List<double> widths = [.. layout.ExtraColumns ? [6.0] : Array.Empty<double>(), 26, .. layout.InfoLabelsMerged ? [14.0] : Array.Empty<double>(), 30];
        using var sheet = book.AddSheet(name, columnWidths: widths);
        var row = new XlsxRow();
        var next = 1;
        if (layout.TitleBlock)
        {
            row[1] = XlsxCell.Of("THÔNG TIN CHUNG VỀ BÁO CÁO", XlsxStyle.Title);
            sheet.Write(1, row);
            sheet.Merge(1, 1, valueColumn, 1);
            next = 3;
        }
        var number = 1;
        foreach (var (label, value) in Entries(context))
        {
            if (layout.ExtraColumns) row[1] = XlsxCell.Of(number++);
            row[labelColumn] = XlsxCell.Of(context.Headers.Label(label));
            if (layout.InfoLabelsMerged) sheet.Merge(labelColumn, next, labelColumn + 1, next);
            row[valueColumn] = value;
            sheet.Write(next++, row);
        }
        if (random.Chance(40))
        {
            row[labelColumn] = XlsxCell.Of("Ghi chú");
            row[valueColumn] = XlsxCell.Of($"Số liệu sau rà soát cuối năm, đã được Ban chỉ đạo {(context.Model.Unit.PostReform ? "tỉnh" : "huyện")} thống nhất");
            sheet.Write(next + 1, row);
        }
    }

    private static IEnumerable<(InfoLabel Label, XlsxCell Value)> Entries(SampleContext context)
    {
        var model = context.Model;
        var unit = model.Unit;
        var random = context.Random;
        InfoLabel Label(string key) => ReportFormat.InfoLabels.First(l => l.Key == key);
        bool Optional() => random.Chance(85);

        yield return (Label("province_code"), context.Values.Code(model.Province.Code));
        if (Optional())
            yield return (Label("province_name"), XlsxCell.Of(random.Chance(50) ? model.Province.DisplayName : model.Province.Name));
        if (unit.District is { } district)
        {
            yield return (Label("district_code"), context.Values.Code(district.Code));
            if (Optional())
                yield return (Label("district_name"), XlsxCell.Of(random.Chance(50) ? unit.FullName : district.Name));
        }
        // Format v2: a commune's own report names it; a province's names no commune and no district.
        if (unit.Commune is { } commune)
        {
            yield return (Label("commune_code"), context.Values.Code(commune.Code));
            if (Optional()) yield return (Label("commune_name"), XlsxCell.Of(random.Chance(50) ? commune.DisplayName : commune.Name));
        }
        yield return (Label("year"), random.Chance(50) ? XlsxCell.Of(model.Year) : XlsxCell.Of(model.Year.ToString(CultureInfo.InvariantCulture)));
        if (Optional()) yield return (Label("report_date"), context.Values.Date(model.ReportDate));
        if (Optional()) yield return (Label("prepared_by"), XlsxCell.Of(model.PreparedBy));
        var version = unit.PostReform ? 2 : 1;
        if (Optional()) yield return (Label("template_version"), random.Chance(50) ? XlsxCell.Of(version) : XlsxCell.Of(version.ToString(CultureInfo.InvariantCulture)));
    }
}
