using System.CommandLine;
using System.CommandLine.Parsing;

namespace PovertyEtl.Commands;

/// <summary>
/// What the parser leaves to us: a word that looks like an option but is none is an error (not
/// a file name: <c>--fromat json</c>), and a misspelt command or option is answered with the
/// nearest one.
/// </summary>
public static class CommandLineUsage
{
    /// <summary>Makes a list-of-paths argument refuse tokens that look like options, suggesting the command's nearest option.</summary>
    public static void RefuseOptionLikeTokens(Argument<string[]> paths, Command command) =>
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1 && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                var nearest = Nearest(token.Value, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
                result.AddError($"Tùy chọn không có / unknown option: {token.Value}" + (nearest is null ? string.Empty : $" (ý bạn là / did you mean {nearest}?)"));
            }
        });

    /// <summary>The suggestion for a parse error: the nearest command or option to an unrecognised word, if any is near.</summary>
    public static string? Suggestion(ParseResult parse, RootCommand root)
    {
        var unmatched = parse.UnmatchedTokens.Count > 0 ? parse.UnmatchedTokens[0] : null;
        if (unmatched is null) return null;
        var command = parse.CommandResult.Command;
        var candidates = unmatched.StartsWith('-')
            ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            : command == root ? root.Subcommands.Select(c => c.Name) : [];
        return Nearest(unmatched, candidates) is { } nearest ? $"Ý bạn là / did you mean: {nearest}" : null;
    }

    private static string? Nearest(string word, IEnumerable<string> candidates) =>
        candidates.Select(c => (Candidate: c, Distance: Distance(word.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, c.Candidate.Length / 3))
            .OrderBy(c => c.Distance).Select(c => c.Candidate).FirstOrDefault();

    /// <summary>Levenshtein distance, with a swap of two neighbours counting as one edit (<c>ingset</c> → <c>ingest</c>).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
