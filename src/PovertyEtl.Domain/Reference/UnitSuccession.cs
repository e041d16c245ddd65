namespace PovertyEtl.Domain.Reference;

/// <summary>One old unit's part in a new one: the whole old unit (<c>full</c>) or a part of it (<c>partial</c>).</summary>
/// <param name="Via">The commune that absorbed the old one in early 2025, when the succession goes through it.</param>
/// <param name="Merger">That early merger, with how sure its source is.</param>
public sealed record Succession(string OldCode, string NewCode, bool Whole, string? Via = null, EarlyMerger? Merger = null);

/// <summary>
/// A commune of the 2024 list merged between December 2024 and February 2025 into
/// <paramref name="AbsorbedBy"/> (<c>admin_merges_2025_early.csv</c>). <paramref name="Confidence"/>
/// is the source's own (<c>high</c>, <c>medium-high</c>, <c>medium</c>: the absorber is inferred
/// from names, not parsed from the resolutions); users see it with the figures that rest on it.
/// </summary>
public sealed record EarlyMerger(string OldCode, string AbsorbedBy, DateOnly InForce, string Confidence, string Note)
{
    /// <summary>Set by hand from one published article: said beside every figure that rests on it.</summary>
    public bool Uncertain => Confidence == "medium";
}

/// <summary>
/// Which pre-reform communes make up each commune in force from 1 July 2025
/// (<c>admin_merges_2025.csv</c>), with the intermediate step of the 441 communes merged in early
/// 2025 (<c>admin_merges_2025_early.csv</c>): an old unit absorbed in January into one that then
/// went whole into a new unit is part of that new unit, whole; if its absorber went partly into
/// several new units, so does it (not comparable). The early step keeps its source's confidence.
/// </summary>
public sealed class UnitSuccession
{
    private readonly Dictionary<string, List<Succession>> _byOld = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Succession>> _byNew = new(StringComparer.Ordinal);

    public UnitSuccession(IEnumerable<Succession> direct, IEnumerable<EarlyMerger> early)
    {
        foreach (var s in direct) Add(s);
        foreach (var merger in early)
        {
            if (_byOld.ContainsKey(merger.OldCode)) continue;
            foreach (var next in SuccessorsOf(merger.AbsorbedBy).ToList())
                Add(new Succession(merger.OldCode, next.NewCode, next.Whole, Via: merger.AbsorbedBy, Merger: merger));
        }
    }

    private void Add(Succession s)
    {
        if (!_byOld.TryGetValue(s.OldCode, out var forward)) _byOld[s.OldCode] = forward = [];
        forward.Add(s);
        if (!_byNew.TryGetValue(s.NewCode, out var backward)) _byNew[s.NewCode] = backward = [];
        backward.Add(s);
    }

    public IReadOnlyList<Succession> SuccessorsOf(string oldCode) => _byOld.TryGetValue(oldCode, out var list) ? list : [];

    public IReadOnlyList<Succession> PredecessorsOf(string newCode) => _byNew.TryGetValue(newCode, out var list) ? list : [];

    public IEnumerable<Succession> All => _byNew.Values.SelectMany(v => v);

    internal static UnitSuccession Load(string mergesPath, string earlyPath) => new(
        CsvFile.Read(mergesPath).Where(r => r["old_commune_code"].Length > 0)
            .Select(r => new Succession(r["old_commune_code"], r["new_commune_code"], r["coverage"] == "full")),
        CsvFile.Read(earlyPath).Select(r => new EarlyMerger(r["old_commune_code"], r["absorbed_by_code"],
            DateOnly.ParseExact(r["effective_date"], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r["confidence"], r["note"])));
}
