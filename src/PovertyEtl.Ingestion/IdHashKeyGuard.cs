using PovertyEtl.Ingestion.Ports;
using Serilog;

namespace PovertyEtl.Ingestion;

/// <summary>
/// Before anything is loaded: the ID numbers of a warehouse are hashed with one key, or not stored
/// at all, never a mix. The first load records the key's fingerprint (or that there is none); a
/// later load with another key, without the one recorded, or with one where none was, is refused
/// with <see cref="IdHashKeyMismatchException"/> (a configuration error). A missing key is also
/// said in the log at every start: ID numbers in the lists are then not kept.
/// </summary>
public sealed class IdHashKeyGuard(IdNumberHasher hasher, TimeProvider time, ILogger log)
{
    public async Task CheckAsync(IIdHashKeyRecord record, CancellationToken cancellation)
    {
        if (hasher.Fingerprint == IdNumberHasher.NoKey)
            log.Warning("Privacy:IdHashKey is not set: ID numbers in the household lists are not stored");
        var recorded = await record.IdHashKeyFingerprintAsync(cancellation);
        if (recorded is null)
        {
            if (hasher.Fingerprint == IdNumberHasher.NoKey && await record.HoldsHashedIdNumbersAsync(cancellation))
                throw new IdHashKeyMismatchException("the warehouse holds ID numbers hashed with a key, and Privacy:IdHashKey is not set");
            await record.RecordIdHashKeyFingerprintAsync(hasher.Fingerprint, time.GetUtcNow(), cancellation);
            return;
        }
        if (recorded == hasher.Fingerprint) return;
        throw new IdHashKeyMismatchException((recorded, hasher.Fingerprint) switch
        {
            (IdNumberHasher.NoKey, _) => "the warehouse was loaded without Privacy:IdHashKey (no ID numbers kept); loading with a key now would mix the two",
            (_, IdNumberHasher.NoKey) => "the warehouse holds ID numbers hashed with a key, and Privacy:IdHashKey is not set",
            _ => "Privacy:IdHashKey is not the key the warehouse's ID numbers were hashed with",
        });
    }
}

/// <summary>The configured hash key does not match the warehouse's: nothing is loaded (exit 2).</summary>
public sealed class IdHashKeyMismatchException(string message)
    : Exception(message + " (set the key the warehouse was loaded with, or load into a new warehouse)");
