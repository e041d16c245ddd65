using System.Buffers.Binary;
using System.Text;

namespace PovertyEtl.Reading.Workbook.Xls;

/// <summary>
/// Just enough of the OLE2 compound file format (MS-CFB) to take one stream out of it: the
/// sector allocation table, the directory, and the mini stream that holds streams under 4 KB.
/// Throws <see cref="ArgumentOutOfRangeException"/> on a damaged file (a chain or an offset
/// that leaves the file); callers treat that as "not readable".
/// </summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>The bytes of the stream named <paramref name="name"/> in the root storage, or null when there is none.</summary>
    public static byte[]? ReadStream(byte[] file, string name)
    {
        var header = file.AsSpan(0, 512);
        var sectorSize = 1 << U16(header, 0x1E);
        var miniSectorSize = 1 << U16(header, 0x20);
        var miniCutoff = U32(header, 0x38);
        var fat = ReadFat(file, header, sectorSize);
        var directory = ReadChain(file, fat, U32(header, 0x30), sectorSize, long.MaxValue);
        byte[]? miniStream = null;
        for (var at = 0; at + 128 <= directory.Length; at += 128)
        {
            var entry = directory.AsSpan(at, 128);
            var type = entry[66];
            var start = U32(entry, 116);
            var size = (long)U32(entry, 120);
            if (type == 5) miniStream = ReadChain(file, fat, start, sectorSize, size);
            if (type != 2 || EntryName(entry) != name) continue;
            if (size >= miniCutoff) return ReadChain(file, fat, start, sectorSize, size);
            var miniFat = ToUInts(ReadChain(file, fat, U32(header, 0x3C), sectorSize, long.MaxValue));
            return ReadChain(miniStream ?? [], miniFat, start, miniSectorSize, size, headerSectors: 0);
        }
        return null;
    }

    private static uint[] ReadFat(byte[] file, ReadOnlySpan<byte> header, int sectorSize)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
            if (U32(header, 0x4C + 4 * i) is var sector and < EndOfChain) fatSectors.Add(sector);
        // Beyond 109 FAT sectors (files over ~7 MB) the list goes on in chained DIFAT sectors.
        var difat = U32(header, 0x44);
        for (var n = 0; difat < EndOfChain && n < 1 << 20; n++)
        {
            var sector = file.AsSpan((int)((difat + 1) * sectorSize), sectorSize);
            for (var i = 0; i < sectorSize / 4 - 1; i++)
                if (U32(sector, 4 * i) is var s and < EndOfChain) fatSectors.Add(s);
            difat = U32(sector, sectorSize - 4);
        }
        var fat = new byte[fatSectors.Count * sectorSize];
        for (var i = 0; i < fatSectors.Count; i++)
            file.AsSpan((int)((fatSectors[i] + 1) * sectorSize), sectorSize).CopyTo(fat.AsSpan(i * sectorSize));
        return ToUInts(fat);
    }

    /// <summary>Follows a chain of sectors; a loop or a chain longer than the table is damage.</summary>
    private static byte[] ReadChain(byte[] source, uint[] table, uint start, int sectorSize, long size, int headerSectors = 1)
    {
        using var output = new MemoryStream();
        var steps = 0;
        for (var sector = start; sector < EndOfChain && output.Length < size; sector = table[sector])
        {
            if (++steps > table.Length) throw new ArgumentOutOfRangeException(nameof(start), "the sector chain loops");
            output.Write(source, (int)((sector + headerSectors) * sectorSize), sectorSize);
        }
        var bytes = output.ToArray();
        return size < bytes.Length ? bytes[..(int)size] : bytes;
    }

    private static string EntryName(ReadOnlySpan<byte> entry)
    {
        var length = Math.Clamp(U16(entry, 64) - 2, 0, 62);
        return Encoding.Unicode.GetString(entry[..length]);
    }

    private static uint[] ToUInts(byte[] bytes)
    {
        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++) values[i] = U32(bytes, 4 * i);
        return values;
    }

    private static ushort U16(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt16LittleEndian(span[at..]);

    private static uint U32(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt32LittleEndian(span[at..]);
}
