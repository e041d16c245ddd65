using PovertyEtl.Feedback.Annotation;
using PovertyEtl.Ingestion;
using PovertyEtl.Validation;

namespace PovertyEtl.Feedback;

/// <summary>
/// Beside a rejected file: the officer's annotated copy (when the file is a workbook that opens)
/// and the findings as plain text, each written under a temporary name and renamed into place.
/// </summary>
public sealed class RejectedFileFeedback : IRejectionFeedback
{
    public void WriteBeside(string placedPath, ReportCheck asSent)
    {
        var folder = Path.GetDirectoryName(placedPath)!;
        AnnotatedCopy.TryWrite(placedPath, asSent, Path.Combine(folder, AnnotatedCopy.NameFor(placedPath)));
        var findings = placedPath + ".findings.txt";
        var temporary = findings + ".part";
        using (var text = new StreamWriter(temporary))
            FindingsText.Write(text, asSent);
        File.Move(temporary, findings, overwrite: true);
    }
}
