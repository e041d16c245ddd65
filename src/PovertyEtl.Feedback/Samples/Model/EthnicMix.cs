using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Samples.Model;

/// <summary>
/// Who lives where, roughly: the Kinh majority, and the ethnic minorities of the province's
/// region with their relative weights and how large a share of a commune they may be. Trà Vinh
/// and its neighbours have large Khmer communities (a third of Trà Vinh; most of some communes).
/// </summary>
internal sealed class EthnicMix
{
    private static readonly HashSet<string> KhmerProvinces = ["84", "89", "91", "94", "95"];
    private static readonly HashSet<string> CentralHighlands = ["62", "64", "66", "67", "68"];

    private readonly IReadOnlyList<(Term Term, int Weight)> _minorities;
    private readonly double _minShare;
    private readonly double _maxShare;

    private EthnicMix(Term kinh, IReadOnlyList<(Term, int)> minorities, double minShare, double maxShare)
    {
        Kinh = kinh;
        _minorities = minorities;
        _minShare = minShare;
        _maxShare = maxShare;
    }

    public Term Kinh { get; }

    public static EthnicMix For(string provinceCode, Vocabulary ethnicities)
    {
        Term Named(string name) => ethnicities.Match(name) ?? throw new InvalidDataException($"ethnicities.csv lacks {name}");
        (Term, int)[] Weighted(params (string Name, int Weight)[] names) => [.. names.Select(n => (Named(n.Name), n.Weight))];
        var kinh = Named("Kinh");
        if (KhmerProvinces.Contains(provinceCode))
            return new EthnicMix(kinh, Weighted(("Khmer", 90), ("Hoa", 8), ("Chăm", 2)), 0.02, 0.65);
        if (CentralHighlands.Contains(provinceCode))
            return new EthnicMix(kinh, Weighted(("Ê-đê", 30), ("Gia-rai", 30), ("Ba-na", 15), ("Cơ-ho", 15), ("Xơ-đăng", 10)), 0.05, 0.6);
        if (string.CompareOrdinal(provinceCode, "70") >= 0)
            return new EthnicMix(kinh, Weighted(("Khmer", 50), ("Hoa", 40), ("Chăm", 10)), 0.0, 0.15);
        return new EthnicMix(kinh, Weighted(("Tày", 25), ("Thái", 20), ("Mường", 20), ("Nùng", 12), ("Dao", 10), ("Mông", 10), ("Hoa", 3)), 0.0, 0.5);
    }

    /// <summary>The share of a commune's households whose head belongs to a minority.</summary>
    public double CommuneShare(Random random) => _minShare + random.NextDouble() * (_maxShare - _minShare);

    public Term Minority(Random random) => random.PickWeighted(_minorities);
}
