using System.Security.Cryptography;

namespace PovertyEtl.Ingestion;

/// <summary>The SHA-256 of a file's bytes, lower-case hex: what tells the same file sent again.</summary>
public static class FileHash
{
    /// <summary>The hash of no bytes at all: an empty file, or anything with no length that must never be opened (a FIFO, a device).</summary>
    public static readonly string OfNothing = Convert.ToHexStringLower(SHA256.HashData([]));

    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Copies <paramref name="source"/> to a new file, hashing the very bytes copied (one read of the source).</summary>
    public static string CopyHashing(string source, string target)
    {
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        for (int read; (read = input.Read(buffer)) > 0;)
        {
            hash.AppendData(buffer, 0, read);
            output.Write(buffer, 0, read);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
