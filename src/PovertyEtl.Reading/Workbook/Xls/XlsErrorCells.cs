using System.Buffers.Binary;
using System.Text;

namespace PovertyEtl.Reading.Workbook.Xls;

/// <summary>
/// Where a legacy workbook's cells hold an error value (<c>#DIV/0!</c>, <c>#N/A</c>…), read from
/// its BIFF8 records, because ExcelDataReader 3.6 gives an error as an empty cell and the format
/// wants such a cell named as an error. A file this scan cannot follow (damaged, encrypted,
/// BIFF5) simply has no error cells known: its errors then read as empty cells.
/// </summary>
internal sealed class XlsErrorCells
{
    private const ushort Bof = 0x0809, Eof = 0x000A, BoundSheet = 0x0085, FilePass = 0x002F, BoolErr = 0x0205, Formula = 0x0006;

    private static readonly Dictionary<byte, string> Codes = new()
    {
        [0x00] = "#NULL!", [0x07] = "#DIV/0!", [0x0F] = "#VALUE!", [0x17] = "#REF!", [0x1D] = "#NAME?", [0x24] = "#NUM!", [0x2A] = "#N/A",
    };

    private static readonly Dictionary<(int Row, int Column), string> NoErrors = [];

    private readonly Dictionary<int, Dictionary<(int Row, int Column), string>> _bySheet;

    private XlsErrorCells(Dictionary<int, Dictionary<(int Row, int Column), string>> bySheet) => _bySheet = bySheet;

    /// <summary>The error cells of a sheet by (row, column), both 1-based as Excel shows them.</summary>
    public IReadOnlyDictionary<(int Row, int Column), string> Of(int sheetIndex) => _bySheet.GetValueOrDefault(sheetIndex) ?? NoErrors;

    public static XlsErrorCells Scan(string path, IReadOnlyList<WorkbookSheet> sheets)
    {
        var bySheet = new Dictionary<int, Dictionary<(int, int), string>>();
        try
        {
            if (CompoundFile.ReadStream(File.ReadAllBytes(path), "Workbook") is not { } stream) return new XlsErrorCells(bySheet);
            var offsets = SheetOffsets(stream);
            foreach (var sheet in sheets)
                if (offsets?.GetValueOrDefault(sheet.Name) is { } offset) bySheet[sheet.Index] = ScanSheet(stream, offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            bySheet.Clear();
        }
        return new XlsErrorCells(bySheet);
    }

    /// <summary>Where each sheet's records start (BOUNDSHEET), by name; null for an encrypted workbook, whose records cannot be read.</summary>
    private static Dictionary<string, int>? SheetOffsets(byte[] stream)
    {
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (type, memory) in Records(stream, 0))
        {
            var data = memory.Span;
            if (type == FilePass) return null;
            if (type == Eof) break;
            if (type != BoundSheet || data.Length < 8) continue;
            var length = data[6];
            var wide = (data[7] & 1) == 1;
            var name = wide ? Encoding.Unicode.GetString(data.Slice(8, length * 2)) : Encoding.Latin1.GetString(data.Slice(8, length));
            offsets.TryAdd(name, (int)BinaryPrimitives.ReadUInt32LittleEndian(data));
        }
        return offsets;
    }

    private static Dictionary<(int, int), string> ScanSheet(byte[] stream, int offset)
    {
        var errors = new Dictionary<(int, int), string>();
        var depth = 0;
        foreach (var (type, memory) in Records(stream, offset))
        {
            var data = memory.Span;
            // Embedded charts open substreams of their own (BOF … EOF) inside the sheet's.
            if (type == Bof) depth++;
            if (type == Eof && --depth <= 0) break;
            var code = type switch
            {
                BoolErr when data.Length >= 8 && data[7] == 1 => data[6],
                Formula when data.Length >= 14 && data[12] == 0xFF && data[13] == 0xFF && data[6] == 2 => data[8],
                _ => (byte?)null,
            };
            if (code is { } c && depth == 1)
                errors[(BinaryPrimitives.ReadUInt16LittleEndian(data) + 1, BinaryPrimitives.ReadUInt16LittleEndian(data[2..]) + 1)] =
                    Codes.GetValueOrDefault(c, "#N/A");
        }
        return errors;
    }

    /// <summary>The BIFF records from <paramref name="offset"/> on: a type, a length, that many bytes of data.</summary>
    private static IEnumerable<(ushort Type, ReadOnlyMemory<byte> Data)> Records(byte[] stream, int offset)
    {
        for (var at = offset; at + 4 <= stream.Length;)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at));
            var length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2));
            if (at + 4 + length > stream.Length) throw new ArgumentOutOfRangeException(nameof(stream), "a record runs past the stream");
            yield return (type, stream.AsMemory(at + 4, length));
            at += 4 + length;
        }
    }
}
