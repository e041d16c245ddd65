namespace PovertyEtl.Output;

/// <summary>
/// A query's result as CSV (RFC 4180 quoting). A text cell that a spreadsheet would take for a
/// formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return)
/// gets a leading single quote, as OWASP advises against CSV injection; numbers are written as
/// numbers, a negative one included, since no spreadsheet runs them.
/// </summary>
public static class CsvOutput
{
    public static void Write(TextWriter output, PovertyEtl.Ingestion.Ports.QueryResult result)
    {
        output.WriteLine(string.Join(',', result.Columns.Select(c => Field(Neutralised(c)))));
        foreach (var row in result.Rows)
            output.WriteLine(string.Join(',', row.Select(v => Field(v is string text ? Neutralised(text) : TextTable.Format(v)))));
    }

    private static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
