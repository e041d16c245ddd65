namespace PovertyEtl.Feedback.Samples;

/// <summary>
/// Draws a file's <see cref="SampleLayout"/> from its seed. Choices that only make sense
/// together are kept together: formulas only over number cells (a <c>SUM</c> over text counts
/// would not give its cached value when recalculated), and shared strings only for lists small
/// enough to hold their strings in memory.
/// </summary>
internal static class LayoutChooser
{
    public const long SharedStringsLimit = 20_000;

    public static SampleLayout Choose(Random random, long households)
    {
        // Most officers type numbers; text counts come from copied or imported sheets.
        var counts = random.PickWeighted([(CountWriting.Numbers, 30), (CountWriting.GroupedNumbers, 25), (CountWriting.DottedText, 15),
            (CountWriting.SpacedText, 10), (CountWriting.Mixed, 20)]);
        var numericCounts = counts is CountWriting.Numbers or CountWriting.GroupedNumbers;
        var rates = random.Pick(Enum.GetValues<RateWriting>());
        var totals = random.Pick(Enum.GetValues<TotalsRow>());
        return new SampleLayout
        {
            SharedStrings = households <= SharedStringsLimit && random.Chance(50),
            VietnameseSheetNames = random.Chance(40),
            GuideSheet = random.Pick(Enum.GetValues<GuideSheet>()),
            SupportSheet = random.Chance(85),
            InfoLabelsMerged = random.Chance(30),
            InfoLabelsWithColon = random.Chance(40),
            ReportDateAsText = random.Chance(50),
            CodesAsText = random.Chance(50),
            TitleBlock = random.Chance(60),
            TwoRowHeader = random.Chance(50),
            ColumnNumbers = random.Pick(Enum.GetValues<ColumnNumbering>()),
            ColumnOrder = random.Pick(Enum.GetValues<ColumnOrder>()),
            HeaderSpelling = random.Pick(Enum.GetValues<HeaderSpelling>()),
            UnitsInHeaders = random.Chance(50),
            LineBreaksInHeaders = random.Chance(30),
            ExtraColumns = random.Chance(60),
            GroupRows = random.Chance(50),
            SignatureBlock = random.Chance(60),
            CommuneNames = random.Pick(Enum.GetValues<CommuneNaming>()),
            Counts = counts,
            PoorEndFormula = numericCounts && random.Chance(50),
            RateColumns = random.Chance(70),
            Rates = rates == RateWriting.Formula && !numericCounts ? RateWriting.Points : rates,
            EthnicMinorityColumn = random.Chance(60),
            NoLabourColumn = random.Chance(50),
            Totals = totals == TotalsRow.SumFormulas && !numericCounts ? TotalsRow.Values : totals,
            TotalsOnTop = random.Chance(40),
            IdNumberColumn = random.Chance(50),
            AreaColumn = random.Chance(50),
            ChangeColumn = random.Chance(60),
            Income = random.Pick(Enum.GetValues<IncomeWriting>()),
            Categories = random.Pick(Enum.GetValues<CategoryWriting>()),
            DeprivedMark = random.Pick(["x", "X", "1", "có"]),
            NotDeprivedAsZero = random.Chance(40),
            SupportAmounts = random.Pick(Enum.GetValues<SupportAmount>()),
        };
    }
}
