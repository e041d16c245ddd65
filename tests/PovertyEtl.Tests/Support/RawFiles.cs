using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PovertyEtl.Tests.Support;

/// <summary>Files that are not workbooks, built byte by byte, for the <c>FILE_*</c> rules.</summary>
public static class RawFiles
{
    /// <summary>Bytes that start like no known container (seeded, so always the same).</summary>
    public static byte[] RandomBytes()
    {
        var bytes = new byte[2048];
        new Random(849).NextBytes(bytes);
        bytes[0] = 0x13;
        return bytes;
    }

    /// <summary>The 22-byte zip with no entry at all (only its end-of-central-directory record).</summary>
    public static byte[] EmptyZip() => [0x50, 0x4B, 0x05, 0x06, .. new byte[18]];

    /// <summary>A zip that holds files but no workbook part, such as a zipped folder of notes.</summary>
    public static byte[] ZipWithoutWorkbook()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("ghi-chu.txt").Open(), Encoding.UTF8);
            writer.Write("Báo cáo gửi kèm");
        }
        return memory.ToArray();
    }

    /// <summary>An HTML table saved with a spreadsheet extension, as some web systems export "Excel" files.</summary>
    public static byte[] HtmlTable() => Encoding.UTF8.GetBytes(
        "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>Mã xã</td><td>Tên xã</td></tr>"
        + "<tr><td>29461</td><td>Trà Cú</td></tr></table></body></html>");

    /// <summary>An Excel 97-2003 file: an OLE2 compound file whose stream is named <c>Workbook</c>.</summary>
    public static byte[] LegacyXls() => CompoundFile("Workbook", "\u0005SummaryInformation");

    /// <summary>
    /// A password-protected Office file: an OLE2 compound file holding the <c>EncryptionInfo</c> and
    /// <c>EncryptedPackage</c> streams (MS-OFFCRYPTO) instead of the zip package.
    /// </summary>
    public static byte[] Encrypted() => CompoundFile("EncryptionInfo", "EncryptedPackage");

    /// <summary>The first half of a real workbook: the zip's central directory is missing.</summary>
    public static byte[] Truncated(byte[] workbook) => workbook[..(workbook.Length / 2)];

    /// <summary>
    /// A minimal compound file (version 3, 512-byte sectors): the header, one FAT sector, one
    /// directory sector with the root entry and two empty streams.
    /// </summary>
    private static byte[] CompoundFile(string firstStream, string secondStream)
    {
        const uint Free = 0xFFFFFFFF, EndOfChain = 0xFFFFFFFE, FatSector = 0xFFFFFFFD, NoStream = 0xFFFFFFFF;
        var file = new byte[512 * 3];
        var header = file.AsSpan(0, 512);
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        Put16(header, 24, 0x003E);
        Put16(header, 26, 0x0003);
        Put16(header, 28, 0xFFFE);
        Put16(header, 30, 9);
        Put16(header, 32, 6);
        Put32(header, 44, 1);            // FAT sectors
        Put32(header, 48, 1);            // first directory sector
        Put32(header, 56, 4096);         // mini stream cutoff
        Put32(header, 60, EndOfChain);   // no mini FAT
        Put32(header, 68, EndOfChain);   // no DIFAT sectors
        Put32(header, 76, 0);            // DIFAT[0]: the FAT is sector 0
        for (var i = 1; i < 109; i++) Put32(header, 76 + 4 * i, Free);

        var fat = file.AsSpan(512, 512);
        for (var i = 0; i < 128; i++) Put32(fat, 4 * i, Free);
        Put32(fat, 0, FatSector);
        Put32(fat, 4, EndOfChain);

        var directory = file.AsSpan(1024, 512);
        DirectoryEntry(directory[..128], "Root Entry", type: 5, right: NoStream, child: 1);
        DirectoryEntry(directory.Slice(128, 128), firstStream, type: 2, right: 2, child: NoStream);
        DirectoryEntry(directory.Slice(256, 128), secondStream, type: 2, right: NoStream, child: NoStream);
        Put32(directory, 384 + 68, NoStream);
        Put32(directory, 384 + 72, NoStream);
        Put32(directory, 384 + 76, NoStream);
        return file;

        void DirectoryEntry(Span<byte> entry, string name, byte type, uint right, uint child)
        {
            var utf16 = Encoding.Unicode.GetBytes(name);
            utf16.CopyTo(entry);
            Put16(entry, 64, (ushort)(utf16.Length + 2));
            entry[66] = type;
            entry[67] = 1;                  // black
            Put32(entry, 68, NoStream);     // left sibling
            Put32(entry, 72, right);
            Put32(entry, 76, child);
            Put32(entry, 116, EndOfChain);  // empty stream: no sector
        }
    }

    private static void Put16(Span<byte> span, int at, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(span[at..], value);

    private static void Put32(Span<byte> span, int at, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(span[at..], value);
}
