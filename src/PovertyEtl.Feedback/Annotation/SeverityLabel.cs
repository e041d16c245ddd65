using PovertyEtl.Validation;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>A severity as the officer reads it in the annotated copy.</summary>
internal static class SeverityLabel
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "Lỗi",
        Severity.Warning => "Cảnh báo",
        _ => "Thông tin",
    };
}
