using System.Text.Encodings.Web;
using System.Text.Json;

namespace PovertyEtl.Output;

/// <summary>
/// A query's result as a JSON array of objects, one per row. JSON has no NaN or infinity: such a
/// floating-point value is written as <c>null</c>, as JavaScript's own JSON.stringify does.
/// </summary>
public static class JsonOutput
{
    public static void Write(PovertyEtl.Ingestion.Ports.QueryResult result)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var row in result.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < result.Columns.Count; i++)
            {
                json.WritePropertyName(result.Columns[i]);
                switch (row[i])
                {
                    case null: json.WriteNullValue(); break;
                    case double d when !double.IsFinite(d): json.WriteNullValue(); break;
                    case float f when !float.IsFinite(f): json.WriteNullValue(); break;
                    case bool b: json.WriteBooleanValue(b); break;
                    case sbyte or byte or short or ushort or int or uint or long or ulong or decimal or double or float or System.Numerics.BigInteger:
                        json.WriteRawValue(TextTable.Format(row[i])); break;
                    default: json.WriteStringValue(TextTable.Format(row[i])); break;
                }
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
