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
    /// <summary>The fingerprint of no key at all.</summary>
    public const string NoKey = "none";

    private readonly byte[]? _key = string.IsNullOrEmpty(key) ? null : Encoding.UTF8.GetBytes(key);

    /// <summary>Names the key without revealing it (an HMAC of a fixed text under the key), so a warehouse can tell keys apart.</summary>
    public string Fingerprint => _key is null ? NoKey : Convert.ToHexStringLower(HMACSHA256.HashData(_key, "PovertyEtl:IdHashKey:fingerprint"u8))[..16];

    public string? Hash(string idNumber) =>
        _key is null ? null : Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(idNumber)));
}
