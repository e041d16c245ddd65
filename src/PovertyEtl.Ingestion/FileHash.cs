using System.Security.Cryptography;

namespace PovertyEtl.Ingestion;

/// <summary>The SHA-256 of a file's bytes, lower-case hex: what tells the same file sent again.</summary>
public static class FileHash
{
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
