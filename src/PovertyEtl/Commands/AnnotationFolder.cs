using PovertyEtl.Feedback.Annotation;
using PovertyEtl.Validation;

namespace PovertyEtl.Commands;

/// <summary>
/// The folder <c>validate --annotate DIR</c> writes the annotated copies into. Two inputs of
/// the same name (from two folders) get <c>x.kiem-tra.xlsx</c> and <c>x.2.kiem-tra.xlsx</c>.
/// </summary>
public sealed class AnnotationFolder(string folder)
{
    private readonly HashSet<string> _written = new(StringComparer.OrdinalIgnoreCase);

    public void Write(string file, ReportCheck check, TextWriter report)
    {
        Directory.CreateDirectory(folder);
        var name = AnnotatedCopy.NameFor(file);
        for (var n = 2; !_written.Add(name); n++)
            name = AnnotatedCopy.NameFor(Path.GetFileNameWithoutExtension(file) + "." + n + Path.GetExtension(file));
        var target = Path.Combine(folder, name);
        report.WriteLine(AnnotatedCopy.TryWrite(file, check, target)
            ? $"  → bản có đánh dấu / annotated copy: {target}"
            : "  → không tạo được bản có đánh dấu: tệp không mở được như sổ .xlsx/.xlsm; xem các lỗi ở trên / no annotated copy: the file does not open as a workbook");
    }
}
