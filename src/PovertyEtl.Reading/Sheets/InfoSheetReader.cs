using System.Globalization;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Reading.Text;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Reading.Sheets;

/// <summary>
/// Reads <c>ThongTin</c>: label/value pairs anywhere in the sheet, the value in the cell to the
/// label's right. A label cell merged over two columns leaves the next cell empty, so the value
/// is the first filled cell to the right that is not itself a label.
/// </summary>
internal static class InfoSheetReader
{
    private const int MaxRows = 200;

    public static ReportInfo Read(IWorkbook workbook, WorkbookSheet sheet, IReadProblemSink problems)
    {
        var labels = ReportFormat.InfoLabels
            .SelectMany(l => l.Labels.Select(text => (Key: MatchKey.Of(text), Label: l)))
            .ToDictionary(x => x.Key, x => x.Label, StringComparer.Ordinal);
        var found = new Dictionary<string, (RawCell Value, SourceCell At, SourceCell LabelAt)>(StringComparer.Ordinal);
        foreach (var row in workbook.ReadRows(sheet).TakeWhile(r => r.Number <= MaxRows))
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                if (cell.Kind != CellKind.Text || !labels.TryGetValue(MatchKey.Of(cell.Text), out var label) || found.ContainsKey(label.Key)) continue;
                var value = row.Cells.Skip(i + 1).FirstOrDefault(c => !c.IsBlank);
                if (value.Kind == CellKind.Text && labels.ContainsKey(MatchKey.Of(value.Text))) value = default;
                var valueColumn = value.Kind == CellKind.Empty ? cell.Column + 1 : value.Column;
                found[label.Key] = (value, new SourceCell(sheet.Name, valueColumn, row.Number), new SourceCell(sheet.Name, cell.Column, row.Number));
            }
        }

        foreach (var missing in ReportFormat.InfoLabels.Where(l => l.Required && !found.ContainsKey(l.Key)))
            problems.Report(ReadProblem.InSheet(ReadProblemKind.InfoKeyMissing, sheet.Name, missing.Label));

        var values = new CellValues(problems);
        Located<T>? Read<T>(string key, Func<RawCell, SourceCell, ColumnSpec, T?> parse) where T : class
        {
            if (!found.TryGetValue(key, out var entry)) return null;
            var parsed = parse(entry.Value, entry.At, SpecOf(key));
            return parsed is null ? null : new Located<T>(parsed, entry.At, entry.Value.Display);
        }
        Located<T>? ReadValue<T>(string key, Func<RawCell, SourceCell, ColumnSpec, T?> parse) where T : struct
        {
            if (!found.TryGetValue(key, out var entry)) return null;
            var parsed = parse(entry.Value, entry.At, SpecOf(key));
            return parsed is null ? null : new Located<T>(parsed.Value, entry.At, entry.Value.Display);
        }

        return new ReportInfo
        {
            Entries = found.ToDictionary(e => e.Key, e => new Located<string>(e.Value.Value.Display.Trim(), e.Value.At, e.Value.Value.Display)),
            ProvinceCode = Read("province_code", (c, at, s) => values.Code(c, at, s with { CodeDigits = 2 })),
            ProvinceName = Read("province_name", values.Text),
            DistrictCode = Read("district_code", (c, at, s) => values.Code(c, at, s with { CodeDigits = 3 })),
            DistrictName = Read("district_name", values.Text),
            CommuneCode = Read("commune_code", (c, at, s) => values.Code(c, at, s with { CodeDigits = 5 })),
            CommuneName = Read("commune_name", values.Text),
            Year = ReadValue("year", (c, at, s) => Year(c, at, s, values, problems)),
            ReportDate = ReadValue("report_date", values.Date),
            TemplateVersion = Read("template_version", values.Text),
        };
    }

    private static ColumnSpec SpecOf(string key)
    {
        var label = ReportFormat.InfoLabels.First(l => l.Key == key);
        return new ColumnSpec(key, label.Label, label.Aliases, label.Required, ValueKind.Text);
    }

    private static int? Year(RawCell cell, SourceCell at, ColumnSpec spec, CellValues values, IReadProblemSink problems)
    {
        var text = values.Text(cell, at, spec);
        if (text is null) return null;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return year;
        problems.Report(ReadProblem.At(ReadProblemKind.ValueYearFormat, at, text, text));
        return null;
    }
}
