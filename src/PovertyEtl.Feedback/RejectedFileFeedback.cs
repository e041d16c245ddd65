using System.Text;
using PovertyEtl.Feedback.Annotation;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Validation;

namespace PovertyEtl.Feedback;

/// <summary>
/// Beside a rejected file: the officer's annotated copy (when the file is a workbook that opens)
/// and the findings as plain text, each whole or absent (<see cref="AtomicFile"/>). A file with no
/// bytes, or not named as a workbook, is never opened for a copy: there is nothing to mark, and
/// something with no length may be a FIFO that would never answer.
/// </summary>
public sealed class RejectedFileFeedback(ReferenceData reference) : IRejectionFeedback
{
    public void WriteBeside(string placedPath, ReportCheck asSent)
    {
        var folder = Path.GetDirectoryName(placedPath)!;
        if (ReportFileNames.IsWorkbook(placedPath) && new FileInfo(placedPath).Length > 0)
            AnnotatedCopy.TryWrite(placedPath, asSent, Path.Combine(folder, AnnotatedCopy.NameFor(placedPath)));
        AtomicFile.Write(placedPath + ".findings.txt", stream =>
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            FindingsText.Write(text, asSent, reference);
        }, replace: true);
    }
}
