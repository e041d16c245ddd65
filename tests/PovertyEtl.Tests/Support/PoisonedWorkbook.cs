using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PovertyEtl.Ingestion;
using PovertyEtl.Validation;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// The tidy report with malicious XML written into one of its parts, streamed straight into the
/// zip entry: a part of hundreds of megabytes is made in memory at the size it compresses to,
/// and nothing of gigabytes ever touches the disk.
/// </summary>
public static class PoisonedWorkbook
{
    /// <summary>The worksheet part ClosedXML saves each sheet of the tidy report to.</summary>
    public static string PartOf(string sheet) => "xl/worksheets/sheet" + (Array.IndexOf([TidyReport.ThongTin, TidyReport.TongHop, TidyReport.DanhSachHo, TidyReport.HoTro], sheet) + 1) + ".xml";

    public const string SharedStrings = "xl/sharedStrings.xml";

    /// <summary>
    /// Saves the report with <paramref name="poison"/> written into <paramref name="part"/> just before the end
    /// tag of element <paramref name="before"/> (ClosedXML may prefix it: <c>&lt;/x:sheetData&gt;</c>).
    /// </summary>
    public static string Save(TidyReport report, string folder, string part, string before, Action<TextWriter> poison,
        CompressionLevel level = CompressionLevel.Optimal)
    {
        var path = Path.Combine(folder, "bao-cao-849-2024.xlsx");
        using var original = new ZipArchive(new MemoryStream(report.ToBytes()), ZipArchiveMode.Read);
        using var output = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        foreach (var entry in original.Entries)
        {
            using var from = entry.Open();
            if (entry.FullName != part)
            {
                using var to = output.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
                continue;
            }
            var text = new StreamReader(from).ReadToEnd();
            var end = System.Text.RegularExpressions.Regex.Match(text, "</([A-Za-z0-9]+:)?" + before + ">");
            var at = end.Success ? end.Index : -1;
            if (at < 0) throw new InvalidOperationException($"{before} is not in {part}");
            using var writer = new StreamWriter(output.CreateEntry(part, level).Open(), new UTF8Encoding(false), 1 << 16);
            writer.Write(text.AsSpan(0, at));
            poison(writer);
            writer.Write(text.AsSpan(at));
        }
        return path;
    }

    /// <summary>Writes <paramref name="piece"/> <paramref name="times"/> times.</summary>
    public static Action<TextWriter> Repeated(string piece, long times) => writer =>
    {
        var block = string.Concat(Enumerable.Repeat(piece, 4096));
        for (var left = times; left > 0; left -= 4096)
            if (left >= 4096) writer.Write(block); else writer.Write(block.AsSpan(0, (int)left * piece.Length));
    };

    /// <summary>Validates the file as the product does, and what it cost this thread in allocations and time.</summary>
    public static (ReportCheck Check, long AllocatedBytes, TimeSpan Elapsed) CheckMeasured(string path, TidyReport report)
    {
        var reference = ReferenceFixture.Load();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var check = new ReportPass(reference, report.Clock).Check(path);
        return (check, GC.GetAllocatedBytesForCurrentThread() - allocated, clock.Elapsed);
    }
}
