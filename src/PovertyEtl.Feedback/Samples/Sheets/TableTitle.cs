namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// What a title block above a table says: the issuing body (<c>UBND HUYỆN TRÀ CÚ</c>), the
/// report's title and subtitle, and the unit note printed right above the header
/// (<c>Đơn vị tính: hộ</c>).
/// </summary>
internal sealed record TableTitle(string IssuingBody, string Title, string? Subtitle, string? UnitNote);
