using PovertyEtl.Reading.Sheets;
using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Validation.Rules;

/// <summary><c>HoTro</c>: each line's commune is one of <c>TongHop</c>'s, and a commune has one line per program.</summary>
internal static class SupportRules
{
    public static void Check(SupportTable support, IReadOnlySet<string>? summaryCommunes, Vocabulary programs, FindingList findings)
    {
        var layout = support.Layout;
        var firstRowOf = new Dictionary<(string, string), int>();
        foreach (var line in support.Lines)
        {
            if (line.CommuneCode is { } commune && summaryCommunes is not null && !summaryCommunes.Contains(commune))
                findings.Add(RuleCatalogue.SupportCommuneNotInSummary.At(layout.Cell("commune_code", line.Row)!.Value, commune, commune));
            if (line is { CommuneCode: { } c, ProgramCode: { } p })
            {
                if (firstRowOf.TryGetValue((c, p), out var first))
                {
                    var written = Excerpt.Of(line.ProgramWritten ?? p);
                    findings.Add(RuleCatalogue.SupportDuplicate.At(layout.Cell("program", line.Row)!.Value, written,
                        c, written, first, line.Row, programs.ByCode(p)?.Name ?? p));
                }
                else
                    firstRowOf[(c, p)] = line.Row;
            }
        }
    }
}
