using System.Security.Cryptography;
using System.Text;

namespace PovertyEtl.Ingestion;

/// <summary>
/// Pseudonymises a household head's ID number as HMAC-SHA-256 with <c>Privacy:IdHashKey</c>:
/// the same person links across years without the number being stored. Without a key, no ID
/// is stored at all.
/// </summary>
public sealed class IdNumberHasher(string? key)
{
    private readonly byte[]? _key = string.IsNullOrEmpty(key) ? null : Encoding.UTF8.GetBytes(key);

    public string? Hash(string idNumber) =>
        _key is null ? null : Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(idNumber)));
}
