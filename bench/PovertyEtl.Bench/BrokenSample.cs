using System.IO.Compression;
using System.Text.RegularExpressions;

namespace PovertyEtl.Bench;

/// <summary>
/// A sample report spoiled as a hurried officer might: in every 50th row of its largest sheet
/// (the household list), four cells overwritten with the text "sai". Counts, indicators and
/// categories stop reading, so the file is rejected with findings all down the list.
/// </summary>
public static partial class BrokenSample
{
    public static string Write(string sample, string target)
    {
        using (var source = ZipFile.OpenRead(sample))
        using (var output = ZipFile.Open(target, ZipArchiveMode.Create))
        {
            var largest = source.Entries.Where(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)).MaxBy(e => e.Length)!;
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = output.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry != largest)
                {
                    from.CopyTo(to);
                    continue;
                }
                using var reader = new StreamReader(from);
                using var writer = new StreamWriter(to);
                writer.Write(Cell().Replace(reader.ReadToEnd(), m =>
                    int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) % 50 == 0
                        ? $"<c r=\"{m.Groups[1].Value}{m.Groups[2].Value}\" t=\"inlineStr\"><is><t>sai</t></is></c>"
                        : m.Value));
            }
        }
        return target;
    }

    [GeneratedRegex("<c r=\"([E-H])(\\d+)\"[^>]*?(?:/>|>.*?</c>)")]
    private static partial Regex Cell();
}
