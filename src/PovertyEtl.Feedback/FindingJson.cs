using System.Text.Json;
using PovertyEtl.Domain.Findings;

namespace PovertyEtl.Feedback;

/// <summary>
/// The findings array as contracts.md gives it for <c>validate --format json</c>, which the
/// portal's API repeats: <c>[{"sheet", "cell", "rule", "severity", "message"}]</c>. One writer, so
/// the two can never drift apart.
/// </summary>
public static class FindingJson
{
    public static void WriteArray(Utf8JsonWriter json, string property, IEnumerable<Finding> findings)
    {
        json.WriteStartArray(property);
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("sheet", f.Sheet);
            json.WriteString("cell", f.Cell);
            json.WriteString("rule", f.Rule);
            json.WriteString("severity", f.Severity.Code());
            json.WriteString("message", f.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
