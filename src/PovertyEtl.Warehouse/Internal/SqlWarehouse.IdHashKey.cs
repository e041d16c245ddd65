using PovertyEtl.Ingestion.Ports;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>The fingerprint of the ID hash key (<see cref="IIdHashKeyRecord"/>): <c>etl.id_hash_key</c>, one row.</summary>
internal abstract partial class SqlWarehouse
{
    public async Task<string?> IdHashKeyFingerprintAsync(CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        return await session.ScalarAsync<string?>("SELECT fingerprint FROM etl.id_hash_key ORDER BY recorded_at LIMIT 1", null, cancellation);
    }

    public async Task<bool> HoldsHashedIdNumbersAsync(CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        return await session.ScalarAsync<long>("SELECT count(*) FROM (SELECT 1 FROM dw.fact_household_year WHERE id_hash IS NOT NULL LIMIT 1) AS any_hash",
            null, cancellation) > 0;
    }

    public async Task RecordIdHashKeyFingerprintAsync(string fingerprint, DateTimeOffset at, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        await session.ExecuteAsync($"INSERT INTO etl.id_hash_key (fingerprint, recorded_at) VALUES ({p["fingerprint"]}, {p["at"]})",
            new { fingerprint, at }, cancellation);
    }
}
