namespace PovertyEtl.Portal.Submissions;

/// <summary>
/// What an upload is, told by its first bytes rather than its name: a zip package (<c>.xlsx</c>,
/// <c>.xlsm</c>), an OLE compound file (legacy <c>.xls</c>), or something else. The stored copy is
/// named by what the bytes are; anything else keeps the sent name's extension (letters and digits
/// only), so the check tells the officer what they sent: a PDF named <c>.xlsx</c> is opened, found
/// by its bytes and named "tài liệu PDF"; a <c>.docx</c> is named "tệp .docx".
/// </summary>
public static class WorkbookSignature
{
    public const int Length = 8;

    private const int LongestKeptExtension = 10;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static string ExtensionFor(ReadOnlySpan<byte> head, string sentName) =>
        head.StartsWith(Zip) ? (sentName.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase) ? ".xlsm" : ".xlsx")
        : head.StartsWith(Ole) ? ".xls"
        : SentExtension(sentName);

    private static string SentExtension(string sentName)
    {
        var extension = Path.GetExtension(sentName).ToLowerInvariant();
        return extension.Length is > 1 and <= LongestKeptExtension + 1 && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension : ".bin";
    }
}
