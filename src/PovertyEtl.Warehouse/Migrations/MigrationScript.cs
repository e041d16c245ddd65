using System.Reflection;

namespace PovertyEtl.Warehouse.Migrations;

/// <summary>A forward-only migration: its number, its name (journaled) and its SQL statements.</summary>
internal sealed record MigrationScript(int Number, string Name, string Sql)
{
    private const string IncludeDirective = "-- include-resource:";

    /// <summary>
    /// The statements to run, in order. A line <c>-- include-resource: Assembly | resource |
    /// {0} | {1}</c> runs a script a dependency ships (Quartz's job-store DDL), its <c>{0}</c> and
    /// <c>{1}</c> placeholders filled, its statements separated by lines reading <c>--;;</c>.
    /// </summary>
    public IEnumerable<string> Statements()
    {
        var own = new System.Text.StringBuilder();
        foreach (var line in Sql.Split('\n'))
        {
            if (!line.StartsWith(IncludeDirective, StringComparison.Ordinal)) { own.Append(line).Append('\n'); continue; }
            if (own.ToString().Trim().Length > 0) yield return own.ToString();
            own.Clear();
            foreach (var statement in Included(line[IncludeDirective.Length..])) yield return statement;
        }
        if (own.ToString().Trim().Length > 0) yield return own.ToString();
    }

    private static IEnumerable<string> Included(string directive)
    {
        var parts = directive.Split('|', StringSplitOptions.TrimEntries);
        var assembly = Assembly.Load(new AssemblyName(parts[0]));
        using var stream = assembly.GetManifestResourceStream(parts[1])
            ?? throw new InvalidOperationException($"{parts[0]} ships no resource {parts[1]}");
        var script = new StreamReader(stream).ReadToEnd().Replace("{0}", parts[2], StringComparison.Ordinal).Replace("{1}", parts[3], StringComparison.Ordinal);
        return script.Split("\n--;;", StringSplitOptions.TrimEntries)
            .Where(s => s.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
    }

    /// <summary>The engine's scripts in number order: <c>sql/common/</c> and <c>sql/&lt;engine&gt;/</c> together.</summary>
    public static IReadOnlyList<MigrationScript> For(WarehouseEngine engine)
    {
        var folder = engine == WarehouseEngine.Postgres ? "postgres" : "duckdb";
        var assembly = Assembly.GetExecutingAssembly();
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("sql/common/", StringComparison.Ordinal) || n.StartsWith($"sql/{folder}/", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n["sql/".Length..];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new MigrationScript(int.Parse(Path.GetFileName(name)[..4], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd());
            })
            .OrderBy(s => s.Number)
            .ToList();
        var repeated = scripts.GroupBy(s => s.Number).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new InvalidOperationException($"migration number {repeated.Key} is used twice: {string.Join(", ", repeated.Select(s => s.Name))}");
        return scripts;
    }
}
