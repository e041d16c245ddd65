namespace PovertyEtl.Feedback.Samples;

// The ways a district or province writes its report that the format accepts, one enumeration per choice.

/// <summary>The row printed forms put under the header to number the columns.</summary>
public enum ColumnNumbering
{
    None,
    /// <summary>1, 2, 3… as numbers.</summary>
    Digits,
    /// <summary>(1), (2)… as text, derived columns spelled out: <c>(8)=(4)-(5)+(6)+(7)</c>.</summary>
    Parenthesised,
    /// <summary>A, B, C…</summary>
    Letters,
}

public enum ColumnOrder
{
    AsInForm,
    /// <summary>A few neighbouring columns swapped.</summary>
    SomeSwapped,
    /// <summary>Any order (a two-row header keeps each group's columns together).</summary>
    Shuffled,
}

/// <summary>How header cells and <c>ThongTin</c> labels are spelled; all match after normalisation.</summary>
public enum HeaderSpelling
{
    AsInForm,
    UpperCase,
    NoDiacritics,
    /// <summary>Unicode NFD: letters and their diacritics as separate code points, as some Mac and web tools save them.</summary>
    Decomposed,
    /// <summary>Double spaces between some words and a trailing space.</summary>
    DoubleSpaces,
}

/// <summary>How the counts of <c>TongHop</c> and <c>HoTro</c> are written.</summary>
public enum CountWriting
{
    Numbers,
    /// <summary>Number cells formatted <c>#,##0</c>.</summary>
    GroupedNumbers,
    /// <summary>Text, thousands grouped with dots: <c>1.234</c>.</summary>
    DottedText,
    /// <summary>Text, thousands grouped with spaces: <c>1 234</c>.</summary>
    SpacedText,
    /// <summary>Mostly numbers, some typed as dotted text.</summary>
    Mixed,
}

/// <summary>How stated rates are written.</summary>
public enum RateWriting
{
    /// <summary>A percent-formatted cell holding the fraction (0.0857).</summary>
    PercentCell,
    /// <summary>A number in points (8.57).</summary>
    Points,
    /// <summary>Text with a decimal comma and a percent sign (<c>8,57%</c>).</summary>
    Text,
    /// <summary>A formula <c>=H9/C9</c>, percent-formatted, with its cached value.</summary>
    Formula,
}

/// <summary>How the income per person per month is written.</summary>
public enum IncomeWriting
{
    DongNumber,
    /// <summary>Text in đồng, dots grouping thousands: <c>1.200.000</c>.</summary>
    DongText,
    /// <summary>A number in a column headed <c>(triệu đồng/người/tháng)</c>: 1.2.</summary>
    MillionNumber,
    /// <summary>Text in millions with a decimal comma: <c>1,2</c>.</summary>
    MillionText,
}

/// <summary>How a household's category is spelled.</summary>
public enum CategoryWriting
{
    /// <summary><c>Hộ nghèo</c>, <c>Hộ cận nghèo</c>.</summary>
    Full,
    /// <summary><c>Nghèo</c>, <c>Cận nghèo</c>.</summary>
    Short,
    /// <summary><c>N</c>, <c>CN</c>.</summary>
    Letters,
}

public enum TotalsRow
{
    None,
    Values,
    /// <summary><c>SUM</c> formulas with their cached values.</summary>
    SumFormulas,
}

/// <summary>How <c>HoTro</c> states the money spent, if at all.</summary>
public enum SupportAmount
{
    None,
    /// <summary><c>Kinh phí (triệu đồng)</c>.</summary>
    Millions,
    /// <summary><c>Kinh phí (tr.đ)</c>.</summary>
    MillionsAbbreviated,
    /// <summary><c>Kinh phí</c> or <c>Kinh phí (đồng)</c>, in đồng.</summary>
    Dong,
}

/// <summary>An extra sheet the reader ignores (instructions for the officer).</summary>
public enum GuideSheet { None, Visible, Hidden }

/// <summary>How commune names are written in <c>TongHop</c>.</summary>
public enum CommuneNaming
{
    Official,
    /// <summary>With its unit type: <c>Xã Long Hiệp</c>, <c>Thị trấn Trà Cú</c>.</summary>
    WithUnitType,
    /// <summary>Some with their unit type, some without.</summary>
    Mixed,
}
