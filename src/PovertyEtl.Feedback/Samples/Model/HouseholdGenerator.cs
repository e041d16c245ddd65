using System.Globalization;
using System.Numerics;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Feedback.Samples.Model;

/// <summary>
/// Generates a commune's listed households one at a time, agreeing with its <c>TongHop</c>
/// line: exactly <c>poor_end</c> poor and <c>near_poor_end</c> near-poor households, as many
/// newly poor and returned as the flows say, as many ethnic-minority poor heads as stated, and
/// each category the one the poverty standard gives for the household's income and deprivations.
/// </summary>
internal static class HouseholdGenerator
{
    /// <summary>How often each indicator is deprived among poor households, roughly (insurance, sanitation, adult education lead).</summary>
    private static readonly Dictionary<string, int> IndicatorWeights = new(StringComparer.Ordinal)
    {
        ["EMP1"] = 6, ["EMP2"] = 8, ["HEA1"] = 5, ["HEA2"] = 10, ["EDU1"] = 12, ["EDU2"] = 4,
        ["HOU1"] = 7, ["HOU2"] = 6, ["WAS1"] = 6, ["WAS2"] = 11, ["INF1"] = 3, ["INF2"] = 9,
    };

    private static readonly (int Members, int Weight)[] HouseholdSizes = [(1, 8), (2, 14), (3, 20), (4, 24), (5, 17), (6, 10), (7, 5), (8, 2)];

    public static IEnumerable<SampleHousehold> For(CommuneModel commune, ReportModel report, ReferenceData reference, Random random)
    {
        var standard = report.Standard;
        var line = standard.IncomeLine(commune.Area);
        var weights = standard.Indicators.Select(i => IndicatorWeights.GetValueOrDefault(i.Code, 5)).ToArray();
        Term Change(string code) => reference.HouseholdChanges.ByCode(code) ?? throw new InvalidDataException($"household_changes.csv lacks {code}");
        Term[] poorChanges = [Change("new"), Change("returned"), Change("carried")];
        Term[] nearPoorChanges = [Change("new"), Change("carried")];

        var categories = new QuotaDraw(random, commune.Poor.End, commune.NearPoor.End);
        var poorChange = new QuotaDraw(random, commune.Poor.New, commune.Poor.Returned, commune.Poor.End - commune.Poor.New - commune.Poor.Returned);
        var nearPoorChange = new QuotaDraw(random, commune.NearPoor.New, commune.NearPoor.End - commune.NearPoor.New);
        var poorMinority = new QuotaDraw(random, commune.PoorEthnicMinority, commune.Poor.End - commune.PoorEthnicMinority);

        for (var sequence = 1; sequence <= commune.Listed; sequence++)
        {
            var poor = categories.Next() == 0;
            var change = poor ? poorChanges[poorChange.Next()] : nearPoorChanges[nearPoorChange.Next()];
            var minority = poor ? poorMinority.Next() == 0 : random.NextDouble() < commune.MinorityShare;
            var ethnicity = minority ? report.Ethnicities.Minority(random) : report.Ethnicities.Kinh;
            var deprivationCount = poor
                ? standard.MinDeprivationsPoor + (int)random.Between(0, 3)
                : (int)random.Between(0, standard.MinDeprivationsPoor - 1);
            var deprivations = Deprivations(deprivationCount, weights, random);
            // Under the line: the poor mostly well under it, the near-poor closer to it. Whole tens of thousands, as surveys record it.
            var floor = poor ? 0.3m : 0.55m;
            // QĐ 59: at or under the income-only line a household is poor whatever it lacks, so the near-poor earn more.
            if (!poor && standard.IncomeOnlyLine(commune.Area) is { } incomeOnly) floor = Math.Max(floor, (incomeOnly + 10_000m) / line);
            var income = Math.Floor(line * (floor + (1 - floor) * (decimal)random.NextDouble()) / 10_000m) * 10_000m;
            var category = standard.Classify(commune.Area, income, BitOperations.PopCount((uint)deprivations));
            if (category != (poor ? HouseholdCategory.Poor : HouseholdCategory.NearPoor))
                throw new InvalidOperationException($"generated a household the {report.Year} standard classifies as {category}");
            var female = random.Chance(35);
            yield return new SampleHousehold(
                $"{commune.Commune.Code}-{sequence:0000}",
                commune.Commune.Code,
                PersonNames.For(ethnicity, female, random),
                IdNumber(report, female, random),
                random.PickWeighted(HouseholdSizes),
                ethnicity,
                commune.Area,
                income,
                category.Value,
                change,
                deprivations);
        }
    }

    private static int Deprivations(int count, int[] weights, Random random)
    {
        var chosen = 0;
        for (var n = 0; n < count; n++)
        {
            var free = Enumerable.Range(0, weights.Length).Where(i => (chosen & (1 << i)) == 0).Select(i => (i, weights[i])).ToList();
            chosen |= 1 << random.PickWeighted(free);
        }
        return chosen;
    }

    /// <summary>
    /// The 12 digits of a citizen identity card: the province of birth (3 digits), century and
    /// sex (0/1 for men/women born in the 1900s, 2/3 in the 2000s), the year of birth (2 digits)
    /// and 6 random digits. Synthetic: it belongs to nobody.
    /// </summary>
    private static string IdNumber(ReportModel report, bool female, Random random)
    {
        var born = report.Year - (int)random.Between(22, 85);
        var centuryAndSex = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"{int.Parse(report.Province.Code, CultureInfo.InvariantCulture):000}{centuryAndSex}{born % 100:00}{random.Next(1_000_000):000000}");
    }
}
