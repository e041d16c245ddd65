using PovertyEtl.Validation;

namespace PovertyEtl.Ingestion;

/// <summary>
/// What the officer gets back beside a rejected file (the annotated copy, the findings as text).
/// Ingestion says when and where; Feedback knows how to write them.
/// </summary>
public interface IRejectionFeedback
{
    /// <param name="placedPath">The rejected file where it now lies in the rejected folder.</param>
    /// <param name="asSent">The verdict, naming the file as the officer sent it.</param>
    void WriteBeside(string placedPath, ReportCheck asSent);
}
