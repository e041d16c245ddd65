using PovertyEtl.Pipeline.Reading.Layout;
using PovertyEtl.Pipeline.Reference;
using PovertyEtl.Pipeline.Reports;
using PovertyEtl.Pipeline.Validation;

namespace PovertyEtl.Pipeline.Reading.Sheets;

/// <summary>Reads <c>HoTro</c>: one <see cref="SupportLine"/> per commune and program.</summary>
internal static class SupportSheetReader
{
    public static SupportTable Read(SheetTable table, Vocabulary programs, FindingList findings)
    {
        var values = new CellValues(findings);
        var layout = table.Layout;
        var lines = new List<SupportLine>();
        foreach (var row in table.Rows.Where(r => r.Kind == RowKind.Data))
        {
            var commune = layout["commune_code"];
            var program = layout["program"];
            var beneficiaries = layout["beneficiaries"];
            var amount = layout["amount_million_vnd"];
            lines.Add(new SupportLine
            {
                Row = row.Number,
                CommuneCode = commune is null ? null : values.Code(row[commune], layout.Cell(commune, row.Number), commune.Spec),
                ProgramCode = program is null ? null
                    : values.Term(row[program], layout.Cell(program, row.Number), program.Spec, programs, RuleCatalogue.SupportProgramUnknown)?.Code,
                ProgramWritten = program is null ? null : row[program].Display.Trim(),
                Beneficiaries = beneficiaries is null ? null : values.Count(row[beneficiaries], layout.Cell(beneficiaries, row.Number), beneficiaries.Spec),
                AmountMillionVnd = amount is null ? null : values.Money(row[amount], layout.Cell(amount, row.Number), amount, 1_000_000m),
            });
        }
        return new SupportTable(layout, lines);
    }
}
