namespace PovertyEtl.Feedback.Xlsx;

/// <summary>
/// The cell formats of the writer's fixed <c>styles.xml</c>, by their index in <c>cellXfs</c>.
/// A handful is all a report needs; a fixed table keeps the part constant and the writer simple.
/// </summary>
internal enum XlsxStyle : byte
{
    Default,
    /// <summary>Bold, centred, wrapped, thin borders: a table header.</summary>
    Header,
    /// <summary>Bold and larger, centred: a title above a table.</summary>
    Title,
    /// <summary>Bold: a totals row, a group title, a signature caption.</summary>
    Bold,
    /// <summary><c>0.00%</c>: the cell holds the fraction, 0.0857 shows 8.57%.</summary>
    Percent,
    /// <summary><c>dd/mm/yyyy</c>: the cell holds Excel's serial day number.</summary>
    Date,
    /// <summary><c>#,##0</c>: thousands grouped as the reader's locale shows them.</summary>
    Integer,
}
