using System.Text.Encodings.Web;
using System.Text.Json;
using PovertyEtl.Feedback;
using PovertyEtl.Validation;

namespace PovertyEtl.Output;

/// <summary>
/// The contract's JSON: an array, one object per file, <c>{"file", "district_code", "year",
/// "outcome", "findings": [{"sheet", "cell", "rule", "severity", "message"}]}</c>. Vietnamese is
/// written as is, not as <c>\u</c> escapes.
/// </summary>
public static class FindingsJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, IEnumerable<ReportCheck> checks)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartArray();
        foreach (var check in checks)
        {
            json.WriteStartObject();
            json.WriteString("file", check.FilePath);
            json.WriteString("district_code", check.DistrictCode);
            if (check.Year is { } year) json.WriteNumber("year", year); else json.WriteNull("year");
            json.WriteString("outcome", check.Outcome.Code());
            FindingJson.WriteArray(json, "findings", check.Findings);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
