namespace PovertyEtl.Reading.Layout;

/// <summary>What a column holds, which decides how its cells are read.</summary>
public enum ValueKind
{
    /// <summary>An official code of a fixed number of digits (leading zeros kept).</summary>
    Code,
    Text,
    /// <summary>A whole number &gt;= 0 (households, persons).</summary>
    Count,
    Percent,
    /// <summary>An amount of money; the header may give its unit (<c>triệu đồng</c>).</summary>
    Money,
    /// <summary>A value from a vocabulary (category, program, ethnicity, area, change).</summary>
    Term,
    /// <summary>One of the deprivation indicators of the year's standard: deprived or not.</summary>
    Indicator,
    /// <summary>A 12-digit personal ID number (personal data).</summary>
    IdNumber,
    /// <summary>Personal data that is only checked for presence (the head's name).</summary>
    PersonalText,
}
