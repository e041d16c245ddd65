using System.Globalization;
using System.Numerics;

namespace PovertyEtl.Tests.Support;

/// <summary>One example query of the README: its title (its first comment line) and its text.</summary>
public sealed record ReadmeQuery(string Title, string Sql);

/// <summary>
/// The README's example queries for BI analysts, read from between its
/// <c>&lt;!-- readme-queries:begin --&gt;</c> and <c>:end</c> markers: each starts with its comment
/// lines and ends with <c>;</c>. The README is the one copy; tests run what it shows.
/// </summary>
public static class ReadmeQueries
{
    public static IReadOnlyList<ReadmeQuery> Read()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        const string begin = "<!-- readme-queries:begin -->", end = "<!-- readme-queries:end -->";
        var start = readme.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var block = readme[start..readme.IndexOf(end, start, StringComparison.Ordinal)];
        var queries = new List<ReadmeQuery>();
        string? title = null;
        var sql = new List<string>();
        foreach (var line in block.Split('\n').Select(l => l.TrimEnd()).Where(l => !l.StartsWith("```", StringComparison.Ordinal) && l.Length > 0))
        {
            if (line.StartsWith("--", StringComparison.Ordinal))
            {
                title ??= line[2..].Trim();
                continue;
            }
            sql.Add(line);
            if (!line.EndsWith(';')) continue;
            queries.Add(new ReadmeQuery(title ?? throw new InvalidDataException("a README query has no comment line"), string.Join('\n', sql)));
            (title, sql) = (null, []);
        }
        return queries;
    }

    /// <summary>A result cell as the expected rows write it, the same whatever CLR type an engine chose: NULL, true, 1.8 (no trailing zeros), 287000.</summary>
    public static string Cell(object? value) => value switch
    {
        null or DBNull => "NULL",
        bool b => b ? "true" : "false",
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        double d => ((decimal)d).ToString("0.##########", CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "NULL",
    };
}
