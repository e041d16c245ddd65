namespace PovertyEtl.Commands;

/// <summary>
/// Expands the paths given on the command line: a file as given, a folder into the report files
/// in it (.xlsx, .xlsm, .xls), in name order. Office's lock files (<c>~$…</c>) are never reports.
/// </summary>
public static class InputFiles
{
    private static readonly string[] Extensions = [".xlsx", ".xlsm", ".xls"];

    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)
                        && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            else missing.Add(path);
        }
        return (files, missing);
    }
}
