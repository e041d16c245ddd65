using System.Globalization;
using PovertyEtl.Ingestion.Figures;

namespace PovertyEtl.Feedback.Annex;

/// <summary>
/// The rows under the table that let someone sign it: which loads the figures came from, which
/// units have none yet, how rates are computed, what an empty cell means, and when it was made.
/// </summary>
internal static class AnnexNotes
{
    public static IReadOnlyList<string> Lines(AnnexSubject subject, ProvinceAnnexFigures figures, DateTimeOffset madeAt)
    {
        var notes = new List<string> { Sources(figures.Sources), Coverage(subject, figures.Lines) };
        notes.Add("Tỷ lệ (%) = 100 × số hộ / tổng số hộ dân cư, làm tròn 2 chữ số thập phân; dòng Toàn tỉnh là tổng các đơn vị, " +
                  "tỷ lệ tính lại từ tổng, không lấy trung bình các tỷ lệ.");
        if (figures.Lines.Any(l => l.PoorNoLabourEnd is null || l.NearPoorNoLabourEnd is null || l.PoorEthnicMinorityEnd is null))
            notes.Add("Ô để trống: có xã của đơn vị không báo chỉ tiêu này, nên không có tổng.");
        notes.Add($"Lập ngày {madeAt.ToString("dd/MM/yyyy HH:mm 'UTC'zzz", CultureInfo.InvariantCulture)} bằng povertyetl export annex, chỉ từ các view mart.");
        return notes;
    }

    private static string Sources(IReadOnlyList<AnnexSource> sources) =>
        $"Nguồn: kho dữ liệu PovertyEtl, mart.poverty_commune_year (bản nạp hiện hành); {sources.Count} lần nạp (etl.file_load): " +
        string.Join("; ", sources.Select(s => $"#{s.LoadId.ToString(CultureInfo.InvariantCulture)} {s.FileName}" +
            (s.LoadedAt is { } at ? $" ({at.UtcDateTime.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)} UTC)" : string.Empty))) + ".";

    private static string Coverage(AnnexSubject subject, IReadOnlyList<AnnexLine> lines)
    {
        var reported = lines.Select(l => l.UnitCode).ToHashSet(StringComparer.Ordinal);
        var missing = subject.ExpectedUnits.Where(u => !reported.Contains(u.Code)).ToList();
        var kind = subject.UnitHeading.ToLowerInvariant();
        return missing.Count == 0
            ? $"Có số liệu của {reported.Count}/{subject.ExpectedUnits.Count} {kind}."
            : $"Chưa có số liệu của {missing.Count}/{subject.ExpectedUnits.Count} {kind}: " +
              string.Join(", ", missing.Select(u => $"{u.Name} ({u.Code})")) + "; dòng Toàn tỉnh chỉ gồm các đơn vị đã có số liệu.";
    }
}
