namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// A column as a file lays it out: the field it holds (a format key, or one of
/// <see cref="ExtraColumn"/>'s), its header as written, the group title above it in a two-row
/// header, and its width.
/// </summary>
internal sealed record PlannedColumn(string Key, string Header, string? Group, double Width);

/// <summary>Columns outside the format, which the reader reports as ignored.</summary>
internal static class ExtraColumn
{
    public const string RowNumber = "extra:stt";
    public const string Note = "extra:note";
    public const string CommuneName = "extra:commune_name";
}
