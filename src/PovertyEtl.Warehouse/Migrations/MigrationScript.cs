using System.Reflection;

namespace PovertyEtl.Warehouse.Migrations;

/// <summary>A forward-only migration: its number, its name (journaled) and its SQL.</summary>
internal sealed record MigrationScript(int Number, string Name, string Sql)
{
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
