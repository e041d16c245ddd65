using PovertyEtl.Ingestion.Files;

namespace PovertyEtl.Commands;

/// <summary>
/// Expands the paths given on the command line: a file as given, a folder into the files in it,
/// in name order. Temporary names (<c>*.part</c>, Office's <c>~$…</c> lock files) and hidden files
/// are never reports; any other file is taken, and one that is not a workbook (a <c>.csv</c>, a
/// <c>.pdf</c>) is rejected with its findings text rather than passed over in silence.
/// </summary>
public static class InputFiles
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !IsInHiddenFolder(path, f) && ReportFileNames.IsTaken(Path.GetFileName(f)))
                    .Order(StringComparer.Ordinal));
            else missing.Add(path);
        }
        return (files, missing);
    }

    /// <summary>A file under a hidden folder of the named one (<c>.git/</c>, an inbox's <c>.povertyetl/</c>) is not a report sent in.</summary>
    private static bool IsInHiddenFolder(string root, string file) =>
        Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') && part != ".");
}
