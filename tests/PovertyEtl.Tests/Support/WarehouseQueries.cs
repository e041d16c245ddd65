using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Warehouse.Internal;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// The tests' own look into a warehouse, for assertions: any SQL, on the warehouse's own
/// connection, in a transaction rolled back at the end. The product has no such door: its users'
/// SQL goes through <c>IReadOnlyQueries</c>, its own code through typed ports.
/// </summary>
public static class WarehouseQueries
{
    public static QueryResult QueryReadOnly(this IWarehouse warehouse, string sql)
    {
        using var session = ((SqlWarehouse)warehouse).Session();
        session.Begin();
        using var command = session.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = session.Transaction;
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(values);
        }
        return new QueryResult(columns, rows);
    }
}
