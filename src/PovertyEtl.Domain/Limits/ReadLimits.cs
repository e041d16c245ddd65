namespace PovertyEtl.Domain.Limits;

/// <summary>
/// Every limit that keeps reading a file flat in memory and bounded in time whatever its bytes,
/// and every bound a value must keep before it reaches the warehouse, in one place
/// (<c>docs/limits.md</c> says why each value). A limit hit is a finding that names it, never a crash.
/// </summary>
public static class ReadLimits
{
    // Excel's own limits: a file beyond them was not saved by Excel and cannot be read faithfully.
    public const int Rows = 1_048_576;
    public const int Columns = 16_384;
    public const int CellCharacters = 32_767;

    /// <summary>Bytes of one part of the zip once uncompressed; a 300,000-household list is about 400 MB of sheet XML.</summary>
    public const long PartBytes = 1L << 30;

    /// <summary>Bytes of a part held whole in memory rather than streamed (the annotated copy edits styles, relationships, drawings so).</summary>
    public const long WholePartBytes = 32L << 20;

    /// <summary>Uncompressed bytes per compressed byte of a part; honest sheet XML compresses 5 to 30 times.</summary>
    public const int CompressionRatio = 200;

    /// <summary>Parts below this size are not held to the ratio: a tiny part may compress oddly well.</summary>
    public const long RatioExemptBytes = 1L << 20;

    /// <summary>The shared string table is held in memory: its count and total characters are capped (300,000 households need about 1 million).</summary>
    public const int SharedStrings = 2_000_000;
    public const long SharedStringCharacters = 50_000_000;

    /// <summary>
    /// Bytes between two <c>&lt;</c> of a part: one tag with its attributes, or one text. A cell's
    /// 32,767 characters take at most 330 KB even written as character references.
    /// </summary>
    public const long XmlTokenBytes = 1L << 20;

    /// <summary>Nesting of XML elements; a worksheet needs 8 levels, drawings about 20.</summary>
    public const int XmlDepth = 100;

    /// <summary>Characters of a cell quoted back in a finding, before the ellipsis.</summary>
    public const int QuotedCharacters = 60;

    /// <summary>Characters of any other text in a finding's message (listings of accepted values, parts' names).</summary>
    public const int MessageArgumentCharacters = 1_000;

    // Values bounded before the warehouse: far beyond any real commune, far below what its sums overflow.
    /// <summary>Households (or beneficiaries) of one commune; Vietnam's largest has under 100,000.</summary>
    public const long CommuneHouseholds = 10_000_000;

    /// <summary>A stated rate, in percentage points: 100 at most in truth, so only a wild typo goes beyond (the warehouse keeps 4 integer digits).</summary>
    public const decimal RatePoints = 1_000m;

    /// <summary>Members of one household.</summary>
    public const long HouseholdMembers = 100;

    /// <summary>Income per person per month, in đồng (the poverty line is about 2 million).</summary>
    public const decimal MonthlyIncomeVnd = 1_000_000_000m;

    /// <summary>Support of one program in one commune in a year, in millions of đồng (10,000 billion đồng).</summary>
    public const decimal SupportAmountMillionVnd = 10_000_000m;
}
