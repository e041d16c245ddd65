using System.Text;

namespace PovertyEtl.Domain.Reference;

/// <summary>Reads the reference CSV files (RFC 4180: quoted fields, doubled quotes; UTF-8; header row).</summary>
internal static class CsvFile
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = ReadRecord(reader) ?? throw new InvalidDataException($"{path} is empty: a header row is expected");
        var line = 1;
        while (ReadRecord(reader) is { } fields)
        {
            line++;
            if (fields.Count == 1 && fields[0].Length == 0) continue;
            if (fields.Count != header.Count)
                throw new InvalidDataException($"{path}, record {line}: {fields.Count} fields, the header has {header.Count}");
            var record = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++) record[header[i]] = fields[i];
            yield return record;
        }
    }

    private static List<string>? ReadRecord(TextReader reader)
    {
        if (reader.Peek() < 0) return null;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c < 0) throw new InvalidDataException("unterminated quoted field");
                if (c == '"' && reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                else if (c == '"') quoted = false;
                else field.Append((char)c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                case -1:
                    fields.Add(field.ToString());
                    return fields;
                default: field.Append((char)c); break;
            }
        }
    }
}
