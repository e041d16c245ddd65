namespace PovertyEtl.Warehouse.DuckDb;

/// <summary>DuckDB's file format: its magic bytes <c>DUCK</c> follow the 8-byte checksum of the first block.</summary>
public static class DuckDbFile
{
    public static bool Is(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            Span<byte> head = stackalloc byte[12];
            return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head[8..].SequenceEqual("DUCK"u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable here: opening it will say why (exit 3), which is the more precise message.
            return true;
        }
    }
}
