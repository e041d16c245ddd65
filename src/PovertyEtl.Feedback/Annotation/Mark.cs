namespace PovertyEtl.Feedback.Annotation;

/// <summary>How a cell of the annotated copy is coloured; a higher mark wins where several meet (errors win the colour).</summary>
internal enum Mark : byte
{
    /// <summary>A cell of a row with a record-level warning: a light tint across the row.</summary>
    WarningRow = 1,
    ErrorRow = 2,
    /// <summary>The cell a warning names: amber.</summary>
    Warning = 3,
    /// <summary>The cell an error names: red.</summary>
    Error = 4,
}
