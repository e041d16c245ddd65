namespace PovertyEtl.Feedback.Annotation;

/// <summary>The colours of the annotated copy (ARGB), chosen so black text stays readable on each.</summary>
internal static class AnnotationColors
{
    public const string Link = "FF0563C1";
    public const string Header = "FFD9D9D9";

    public static string Of(Mark mark) => mark switch
    {
        Mark.Error => "FFFF9999",
        Mark.Warning => "FFFFD966",
        Mark.ErrorRow => "FFFCE4E4",
        _ => "FFFFF2CC",
    };
}
