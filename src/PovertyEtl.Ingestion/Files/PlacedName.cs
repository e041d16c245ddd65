using System.Globalization;
using System.Text;

namespace PovertyEtl.Ingestion.Files;

/// <summary>
/// The name a file gets where it is placed: its own name with the first 12 hex digits of its
/// hash, <c>bao-cao.xlsx</c> → <c>bao-cao.ab12cd34ef56.xlsx</c>. Most file systems allow 255
/// bytes a name, and the feedback beside a rejected file adds to it (<c>.kiem-tra.xlsx</c>,
/// <c>.findings.txt</c>, a <c>.2</c> when the name is taken), so a long name is shortened, whole
/// characters at a time (Vietnamese letters take 2 or 3 bytes), always keeping the hash.
/// </summary>
public static class PlacedName
{
    public const int MaxBytes = 200;

    /// <summary>An "extension" longer than this is part of the name, not a type (<c>bao cáo. bản sửa lần 2 của xã</c>).</summary>
    private const int MaxExtensionLength = 8;

    public static string Of(string path, string sha256)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        if (extension.Length > MaxExtensionLength) extension = string.Empty;
        var stem = name[..^extension.Length];
        var suffix = $".{sha256[..12]}{extension}";
        return Shorten(stem, MaxBytes - Encoding.UTF8.GetByteCount(suffix)) + suffix;
    }

    private static string Shorten(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var elements = new StringInfo(text);
        var count = elements.LengthInTextElements;
        while (count > 0 && Encoding.UTF8.GetByteCount(elements.SubstringByTextElements(0, count)) > maxBytes) count--;
        return count == 0 ? string.Empty : elements.SubstringByTextElements(0, count);
    }
}
