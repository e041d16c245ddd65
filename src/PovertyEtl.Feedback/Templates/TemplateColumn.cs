using PovertyEtl.Reading.Layout;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// A column of a template table: a column of the format (<see cref="Spec"/>, under one of its
/// accepted headers) or, without a spec, a check column the reader ignores; its width, and the
/// group title written above it, if any.
/// </summary>
internal sealed record TemplateColumn(string Header, double Width, ColumnSpec? Spec = null, string? Group = null)
{
    public static TemplateColumn Of(ColumnSpec spec, double width, string? group = null, string? header = null)
    {
        if (header is not null && !spec.Headers.Contains(header))
            throw new ArgumentException($"'{header}' is not a header the format accepts for {spec.Key}", nameof(header));
        return new TemplateColumn(header ?? spec.Header, width, spec, group);
    }
}
