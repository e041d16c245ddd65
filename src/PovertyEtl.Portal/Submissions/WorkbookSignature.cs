namespace PovertyEtl.Portal.Submissions;

/// <summary>
/// What an upload is, told by its first bytes rather than its name: a zip package (<c>.xlsx</c>,
/// <c>.xlsm</c>), an OLE compound file (legacy <c>.xls</c>), or something else. The stored copy is
/// named by what the bytes are, so a PDF renamed <c>.xlsx</c> is rejected as not a workbook.
/// </summary>
public static class WorkbookSignature
{
    public const int Length = 8;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The extension the stored copy gets: the workbook's, or <c>.bin</c> for anything else (which the check rejects as not a workbook).</summary>
    public static string ExtensionFor(ReadOnlySpan<byte> head, string sentName) =>
        head.StartsWith(Zip) ? (sentName.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase) ? ".xlsm" : ".xlsx")
        : head.StartsWith(Ole) ? ".xls"
        : ".bin";
}
