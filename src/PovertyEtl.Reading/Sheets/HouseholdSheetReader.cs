using PovertyEtl.Domain.Limits;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Reading.Sheets;

/// <summary>
/// Reads <c>DanhSachHo</c> one row at a time: a 300,000-household list streams through
/// without being held. The head's name is only checked to be there.
/// </summary>
internal static class HouseholdSheetReader
{
    public static IEnumerable<Household> Read(SheetTable table, ReferenceData reference, AdministrativeUnits units, IReadOnlyList<Indicator> standardIndicators,
        IReadProblemSink problems)
    {
        var values = new CellValues(problems) { MasksPersonalData = true };
        var layout = table.Layout;
        var code = layout["household_code"];
        var commune = layout["commune_code"];
        var name = layout["head_name"];
        var id = layout["head_id_number"];
        var members = layout["members"];
        var ethnicity = layout["ethnicity"];
        var area = layout["area"];
        var income = layout["income_per_capita"];
        var category = layout["category"];
        var change = layout["change"];
        // Bit i of the mask is indicator i of the year's standard.
        var indicators = standardIndicators.Select(i => layout["indicator:" + i.Code]).ToArray();
        foreach (var row in table.Rows)
        {
            if (row.Kind != RowKind.Data) continue;
            var at = (LocatedColumn c) => layout.Cell(c, row.Number);
            if (name is not null)
            {
                var head = row[name];
                values.HeadName = head.Kind == Workbook.CellKind.Text ? head.Text : null;
                values.RequirePresent(head, at(name), name.Spec);
            }
            var deprivations = 0;
            var complete = true;
            for (var i = 0; i < indicators.Length; i++)
            {
                if (indicators[i] is not { } column) { complete = false; continue; }
                switch (values.Deprived(row[column], at(column), column.Spec))
                {
                    case true: deprivations |= 1 << i; break;
                    case null: complete = false; break;
                }
            }
            var communeCode = commune is null ? null : values.Code(row[commune], at(commune), commune.Spec);
            var writtenArea = area is null ? null : AreaCodes.FromCode(values.Term(row[area], at(area), area.Spec, reference.Areas)?.Code);
            yield return new Household
            {
                Row = row.Number,
                HouseholdCode = code is null ? null : values.Text(row[code], at(code), code.Spec),
                CommuneCode = communeCode,
                IdNumber = id is null ? null : values.IdNumber(row[id], at(id), id.Spec),
                // The count is bounded by ReadLimits.HouseholdMembers (100) when read, so it fits an int: 4,294,967,297 is a finding, not 1.
                Members = members is null ? null : (int?)values.Count(row[members], at(members), members.Spec),
                EthnicityCode = ethnicity is null ? null : values.Term(row[ethnicity], at(ethnicity), ethnicity.Spec, reference.Ethnicities)?.Code,
                // A blank area follows the commune's type: xã rural, phường and thị trấn urban.
                Area = writtenArea ?? (communeCode is not null && units.Commune(communeCode) is { } c ? AreaCodes.FromCommuneType(c.Type) : null),
                IncomePerCapitaVnd = income is null ? null : values.Money(row[income], at(income), income, 1m),
                Category = category is null ? null : HouseholdCategoryCodes.FromCode(values.Term(row[category], at(category), category.Spec, reference.Categories)?.Code),
                Change = change is null ? null : values.Term(row[change], at(change), change.Spec, reference.HouseholdChanges)?.Code,
                Deprivations = deprivations,
                DeprivationsComplete = complete,
            };
        }
    }
}
