
namespace PovertyEtl.Domain.Reference;

/// <summary>One term of an enumerated column: its code, official name and the other ways people write it.</summary>
public sealed record Term(string Code, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// An enumerated column's values (category, program, ethnicity, area, change), matched the
/// format's way: by name, alias or code, diacritics, case, spacing and punctuation ignored.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, Term> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term> _byCode = new(StringComparer.Ordinal);

    public Vocabulary(string what, IEnumerable<Term> terms)
    {
        What = what;
        Terms = terms.ToList();
        foreach (var term in Terms)
        {
            _byCode[term.Code] = term;
            foreach (var spelling in term.Aliases.Prepend(term.Name).Append(term.Code))
            {
                var key = MatchKey.Of(spelling);
                if (_byKey.TryGetValue(key, out var other) && other.Code != term.Code)
                    throw new InvalidDataException($"{what}: '{spelling}' would mean both {other.Code} and {term.Code}");
                _byKey[key] = term;
            }
        }
    }

    public string What { get; }
    public IReadOnlyList<Term> Terms { get; }

    public Term? Match(string? written) => MatchKeyed(MatchKey.Of(written));

    /// <summary>For a caller that already holds the value's <see cref="MatchKey"/>.</summary>
    public Term? MatchKeyed(string key) => _byKey.GetValueOrDefault(key);

    public Term? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The official names, for a message that tells the officer what is accepted.</summary>
    public string Listing(int max = 12) =>
        string.Join(", ", Terms.Take(max).Select(t => t.Name)) + (Terms.Count > max ? ", …" : string.Empty);

    internal static Vocabulary Load(string what, string path) =>
        new(what, CsvFile.Read(path).Select(r => new Term(r["code"], r["name"],
            r["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
}
