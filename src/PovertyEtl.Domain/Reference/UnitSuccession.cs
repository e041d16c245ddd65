namespace PovertyEtl.Domain.Reference;

/// <summary>One old unit's part in a new one: the whole old unit (<c>full</c>) or a part of it (<c>partial</c>).</summary>
public sealed record Succession(string OldCode, string NewCode, bool Whole, string? Via = null);

/// <summary>
/// Which pre-reform communes make up each commune in force from 1 July 2025
/// (<c>admin_merges_2025.csv</c>), with the intermediate step of the communes merged in early
/// 2025 where a source states it (<c>admin_merges_2025_early.csv</c>): an old unit absorbed in
/// January into one that then went whole into a new unit is part of that new unit, whole.
/// An old unit whose successor no source states has none here: it is never guessed.
/// </summary>
public sealed class UnitSuccession
{
    private readonly Dictionary<string, List<Succession>> _byOld = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Succession>> _byNew = new(StringComparer.Ordinal);

    public UnitSuccession(IEnumerable<Succession> direct, IEnumerable<(string Old, string Absorbing)> early)
    {
        foreach (var s in direct) Add(s);
        foreach (var (old, absorbing) in early)
        {
            if (_byOld.ContainsKey(old)) continue;
            foreach (var next in SuccessorsOf(absorbing).ToList()) Add(new Succession(old, next.NewCode, next.Whole, Via: absorbing));
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
        CsvFile.Read(earlyPath).Where(r => r["coverage"] == "full")
            .Select(r => (r["old_commune_code"], r["absorbing_commune_code"])));
}
