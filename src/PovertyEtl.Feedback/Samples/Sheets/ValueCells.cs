using PovertyEtl.Reading.Text;
using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// Writes each kind of value the way the file does (<see cref="SampleLayout"/>): counts as
/// numbers or Vietnamese-grouped text, rates as percent cells, points or text, incomes in đồng
/// or millions, indicator marks, categories and terms in one of their accepted spellings.
/// </summary>
internal sealed class ValueCells(SampleLayout layout, Random random)
{
    public XlsxCell Count(long value) => layout.Counts switch
    {
        CountWriting.GroupedNumbers => XlsxCell.Of(value, XlsxStyle.Integer),
        CountWriting.DottedText => XlsxCell.Of(VietnameseNumbers.Grouped(value)),
        CountWriting.SpacedText => XlsxCell.Of(VietnameseNumbers.Grouped(value, ' ')),
        CountWriting.Mixed when random.Chance(25) => XlsxCell.Of(VietnameseNumbers.Grouped(value)),
        _ => XlsxCell.Of(value),
    };

    /// <summary>Counts as numbers whatever the file does with the others (the people in a household).</summary>
    public static XlsxCell Number(long value) => XlsxCell.Of(value);

    public XlsxCell Code(string code) => layout.CodesAsText ? XlsxCell.Of(code) : XlsxCell.Of(long.Parse(code, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A stated rate, <c>100 * end / total</c> rounded to 2 places, written as the file writes rates (formulas aside).</summary>
    public XlsxCell Rate(long end, long total)
    {
        var points = Points(end, total);
        return layout.Rates switch
        {
            RateWriting.PercentCell => XlsxCell.Of((double)(points / 100m), XlsxStyle.Percent),
            RateWriting.Text => XlsxCell.Of(random.Pick(["{0}%", "{0}", "{0} %"]).Replace("{0}", VietnameseNumbers.Decimal(points, 2), StringComparison.Ordinal)),
            _ => XlsxCell.Of((double)points),
        };
    }

    private static decimal Points(long end, long total) => PovertyRate.Percent(end, total) ?? 0;

    public XlsxCell Income(decimal vnd) => layout.Income switch
    {
        IncomeWriting.DongText => XlsxCell.Of(VietnameseNumbers.Grouped((long)vnd)),
        IncomeWriting.MillionNumber => XlsxCell.Of((double)(vnd / 1_000_000m)),
        IncomeWriting.MillionText => XlsxCell.Of(VietnameseNumbers.Decimal(vnd / 1_000_000m, 2)),
        _ => XlsxCell.Of((double)vnd, XlsxStyle.Integer),
    };

    public bool IncomeInMillions => layout.Income is IncomeWriting.MillionNumber or IncomeWriting.MillionText;

    /// <summary>An amount in the unit the support sheet's header states: millions, or đồng.</summary>
    public XlsxCell Amount(decimal millions)
    {
        var value = layout.SupportAmounts == SupportAmount.Dong ? millions * 1_000_000m : millions;
        return layout.Counts is CountWriting.DottedText or CountWriting.SpacedText
            ? XlsxCell.Of(VietnameseNumbers.Decimal(value, 1))
            : XlsxCell.Of((double)value);
    }

    public XlsxCell Indicator(bool deprived) =>
        deprived ? (layout.DeprivedMark == "1" ? XlsxCell.Of(1) : XlsxCell.Of(layout.DeprivedMark))
        : layout.NotDeprivedAsZero ? XlsxCell.Of(0) : default;

    public string Category(HouseholdCategory category) => (layout.Categories, category) switch
    {
        (CategoryWriting.Short, HouseholdCategory.Poor) => "Nghèo",
        (CategoryWriting.Short, _) => "Cận nghèo",
        (CategoryWriting.Letters, HouseholdCategory.Poor) => "N",
        (CategoryWriting.Letters, _) => "CN",
        (_, HouseholdCategory.Poor) => "Hộ nghèo",
        _ => "Hộ cận nghèo",
    };

    /// <summary>A term as officers type it: mostly its official name, now and then another accepted spelling.</summary>
    public string Term(Term term) => term.Aliases.Count > 0 && random.Chance(30) ? random.Pick(term.Aliases) : term.Name;

    /// <summary>Khmer is written several ways (<c>Khmer</c>, <c>Khơ-me</c>, <c>Khơ me</c>); other peoples by their official name.</summary>
    public string Ethnicity(Term ethnicity) =>
        ethnicity.Name == "Khmer" && random.Chance(40) ? random.Pick(KhmerSpellings) : ethnicity.Name;

    private static readonly string[] KhmerSpellings = ["Khơ-me", "Khơ me", "Khơme"];

    public XlsxCell Date(DateOnly date) =>
        layout.ReportDateAsText
            ? XlsxCell.Of(date.ToString(random.Chance(50) ? "dd/MM/yyyy" : "d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture))
            : XlsxCell.Of(date.ToDateTime(TimeOnly.MinValue).ToOADate(), XlsxStyle.Date);
}
