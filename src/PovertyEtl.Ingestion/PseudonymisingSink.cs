namespace PovertyEtl.Ingestion;

/// <summary>Hands households on with their ID numbers already pseudonymised; stops the stream when the run is cancelled.</summary>
internal sealed class PseudonymisingSink(IHouseholdSink next, IdNumberHasher hasher, CancellationToken cancellation) : IHouseholdSink
{
    private int _count;

    public void Begin(ReportInfo info) => next.Begin(info);

    public void Add(Household household)
    {
        if (++_count % 4096 == 0) cancellation.ThrowIfCancellationRequested();
        next.Add(household with { IdNumber = household.IdNumber is { } id ? hasher.Hash(id) : null });
    }
}
