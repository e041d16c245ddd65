using PovertyEtl.Reading.Layout;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Domain.Text;
using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Reading.Sheets;

/// <summary>Reads <c>HoTro</c>: one <see cref="SupportLine"/> per commune and program.</summary>
internal static class SupportSheetReader
{
    public static SupportTable Read(SheetTable table, Vocabulary programs, IReadProblemSink problems)
    {
        var values = new CellValues(problems);
        var layout = table.Layout;
        var lines = new List<SupportLine>();
        var unit = UnitOf(layout["beneficiaries"]);
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
                    : values.Term(row[program], layout.Cell(program, row.Number), program.Spec, programs, unknownIsProgram: true)?.Code,
                ProgramWritten = program is null ? null : row[program].Display.Trim(),
                Beneficiaries = beneficiaries is null ? null : values.Count(row[beneficiaries], layout.Cell(beneficiaries, row.Number), beneficiaries.Spec),
                BeneficiaryUnit = unit,
                AmountMillionVnd = amount is null ? null : values.Money(row[amount], layout.Cell(amount, row.Number), amount, 1_000_000m),
            });
        }
        return new SupportTable(layout, lines);
    }

    /// <summary>
    /// The unit the beneficiaries column counts, from the header it was found by: the aliases
    /// <c>Số lượt</c> (turns) and <c>Số người</c> (persons), otherwise <c>Số hộ được hỗ trợ</c> (households).
    /// </summary>
    private static BeneficiaryUnit UnitOf(LocatedColumn? column)
    {
        var header = MatchKey.Of(column?.HeaderText);
        return header.Contains(MatchKey.Of("Số lượt"), StringComparison.Ordinal) ? BeneficiaryUnit.Turns
            : header.Contains(MatchKey.Of("Số người"), StringComparison.Ordinal) ? BeneficiaryUnit.Persons
            : BeneficiaryUnit.Households;
    }
}
