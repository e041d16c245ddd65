using System.Data;

using PovertyEtl.Ingestion;

namespace PovertyEtl.Warehouse.Query;

internal static class QueryResults
{
    public static QueryResult Read(IDataReader reader)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            reader.GetValues(values!);
            for (var i = 0; i < values.Length; i++) if (values[i] is DBNull) values[i] = null;
            rows.Add(values);
        }
        return new QueryResult(columns, rows);
    }
}
