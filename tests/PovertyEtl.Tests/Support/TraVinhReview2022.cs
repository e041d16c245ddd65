using PovertyEtl.Feedback.Samples;
using PovertyEtl.Feedback.Samples.Model;
using PovertyEtl.Feedback.Samples.Sheets;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// A replica of Trà Vinh's 2022 review as its decision (QĐ 122/QĐ-UBND, 2023) published it: the
/// 9 district reports of province 84, 106 communes, whose totals are exactly 5,404 poor households
/// (1.88 %) and 10,905 near-poor (3.80 %) of 287,000. The product's sample generator writes each
/// report (real communes, synthetic people, households that agree with the figures); the figures
/// are spread evenly over the communes so that they add up to these totals.
/// </summary>
public static class TraVinhReview2022
{
    public const string ProvinceCode = "84";
    public const int Year = 2022;
    public const long TotalHouseholds = 287_000;
    public const long Poor = 5_404;
    public const long NearPoor = 10_905;
    public const long PoorNoLabour = 707;

    /// <summary>Near-poor households with no member able to work: 5 or 6 a commune, well within its 102 or 103 near-poor.</summary>
    public const long NearPoorNoLabour = 545;

    /// <summary>Each commune's poor are 50 or 51, of whom 3 in 10 (15) have an ethnic-minority head.</summary>
    public const long PoorEthnicMinority = 106 * 15;

    /// <summary>Writes the 9 reports of <paramref name="year"/> (up to 2024) with the 2022 review's figures.</summary>
    public static IReadOnlyList<string> Write(string folder, int year = Year)
    {
        Directory.CreateDirectory(folder);
        var reference = ReferenceFixture.Load();
        var units = ReportingUnitPicker.Pick(reference, ProvinceCode, year, 9);
        var communes = units.Sum(u => u.Communes.Count);
        var index = 0;
        var paths = new List<string>();
        foreach (var unit in units)
        {
            var model = ReportModelBuilder.Build(unit, year, unit.Communes.Count, reference, SampleRandom.For(7, "model", unit.Code));
            model = model with { Communes = [.. model.Communes.Select(c => Commune(c, index++, communes))] };
            // As a decision annex needs them, every district reports the optional counts it publishes.
            var layout = LayoutChooser.Choose(SampleRandom.For(7, "layout", unit.Code), model.Households) with
            {
                EthnicMinorityColumn = true,
                NoLabourColumn = true,
            };
            var path = Path.Combine(folder, unit.FileStem(year) + ".xlsx");
            using (var output = File.Create(path)) SampleWorkbook.Write(output, new SampleContext(model, layout, reference, 7, "workbook"));
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>The <paramref name="index"/>-th of <paramref name="count"/> communes' share of each total: equal parts, the remainder one each to the first.</summary>
    private static CommuneModel Commune(CommuneModel generated, int index, int count)
    {
        long Share(long total) => total / count + (index < total % count ? 1 : 0);
        var poor = Share(Poor);
        var nearPoor = Share(NearPoor);
        return generated with
        {
            TotalHouseholds = Share(TotalHouseholds),
            Poor = Flows.Balanced(poor, poor / 4, poor / 10, 1),
            NearPoor = Flows.Balanced(nearPoor, nearPoor / 5, nearPoor / 8, 0),
            PoorEthnicMinority = poor * 3 / 10,
            PoorNoLabour = Share(PoorNoLabour),
            NearPoorNoLabour = Share(NearPoorNoLabour),
            MinorityShare = 0.3,
            Support = [],
        };
    }
}
