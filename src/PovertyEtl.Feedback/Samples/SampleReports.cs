using PovertyEtl.Feedback.Samples.Model;
using PovertyEtl.Feedback.Samples.Sheets;
using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Samples;

/// <summary>
/// Writes realistic synthetic reports (the <c>samples</c> command): real units and communes of the
/// year (districts up to 2024, provinces from 2025), made-up people, figures that agree with each
/// other and with the poverty standard, laid out in the many ways the format allows. Every file
/// validates without errors or warnings. The same options give the same bytes.
/// </summary>
public static class SampleReports
{
    /// <summary>
    /// Writes the reports and returns their paths, named <c>{province}_{district}_{year}.xlsx</c>
    /// up to 2024 and <c>{province}_{year}.xlsx</c> from 2025.
    /// </summary>
    public static IReadOnlyList<string> Write(SampleOptions options, ReferenceData reference) =>
        [.. Generate(options, reference).Select(r => r.Path)];

    /// <summary>Writes the reports and describes each: its reporting unit, size and layout.</summary>
    public static IReadOnlyList<SampleReport> Generate(SampleOptions options, ReferenceData reference)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.HouseholdsPerDistrict);
        Directory.CreateDirectory(options.OutputFolder);
        var reports = new List<SampleReport>();
        foreach (var unit in ReportingUnitPicker.Pick(reference, options.ProvinceCode, options.Year, options.Districts))
        {
            var model = ReportModelBuilder.Build(unit, options.Year, options.HouseholdsPerDistrict, reference,
                SampleRandom.For(options.Seed, "model", unit.Code));
            var layout = LayoutChooser.Choose(SampleRandom.For(options.Seed, "layout", unit.Code), model.Households);
            var path = Path.Combine(options.OutputFolder, unit.FileStem(options.Year) + ".xlsx");
            WriteFile(path, new SampleContext(model, layout, reference, options.Seed, "workbook"));
            reports.Add(new SampleReport(path, unit.Province.Code, unit.District?.Code, unit.Code, options.Year, model.Communes.Count, model.Households, layout));
        }
        return reports;
    }

    /// <summary>
    /// Written under a <c>.part</c> name and renamed when complete: the output folder may be an
    /// inbox, which never takes <c>*.part</c> files, and a failure leaves no half file behind.
    /// </summary>
    private static void WriteFile(string path, SampleContext context)
    {
        var partial = path + ".part";
        try
        {
            using (var output = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
                SampleWorkbook.Write(output, context);
            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
