namespace PovertyEtl.Ingestion.Ports;

/// <summary>What the warehouse remembers of the key its ID numbers were hashed with: a fingerprint, never the key.</summary>
public interface IIdHashKeyRecord
{
    /// <summary>The fingerprint recorded by the first load, or null before any.</summary>
    Task<string?> IdHashKeyFingerprintAsync(CancellationToken cancellation);

    /// <summary>Whether some household of any load carries a hashed ID number (a warehouse older than the fingerprint).</summary>
    Task<bool> HoldsHashedIdNumbersAsync(CancellationToken cancellation);

    Task RecordIdHashKeyFingerprintAsync(string fingerprint, DateTimeOffset at, CancellationToken cancellation);
}
