using PovertyEtl.Ingestion;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Encodings.Web;
using System.Text.Json;
using PovertyEtl.Hosting;
using PovertyEtl.Output;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Commands;

/// <summary><c>sql "SELECT ..." [--format table|csv|json]</c>: a read-only query on the warehouse; a write is refused.</summary>
public static class SqlCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Câu truy vấn SQL chỉ đọc, ví dụ: \"SELECT * FROM mart.poverty_district_year\"." };
        var format = new Option<string>("--format") { Description = "table (mặc định), csv hoặc json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("sql", "Chạy một truy vấn chỉ đọc trên kho dữ liệu và in kết quả.") { query, format };
        command.SetAction(parse => Run(parse, parse.GetValue(query)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(ParseResult parse, string query, string format)
    {
        using var app = AppHost.Start(parse, "sql");
        using var warehouse = app.Services.GetRequiredService<WarehouseAccess>().OpenForReading();
        QueryResult result;
        try
        {
            result = warehouse.QueryReadOnly(query);
        }
        catch (WriteRefusedException e)
        {
            Console.Error.WriteLine($"Từ chối: lệnh sql chỉ được đọc, không được thay đổi kho dữ liệu / refused: sql is read-only ({e.Message})");
            return ExitCodes.UsageError;
        }
        catch (System.Data.Common.DbException e)
        {
            Console.Error.WriteLine($"Lỗi truy vấn / query error: {e.Message.Split('\n')[0]}");
            return ExitCodes.UsageError;
        }
        switch (format)
        {
            case "csv": WriteCsv(Console.Out, result); break;
            case "json": WriteJson(result); break;
            default: TextTable.Write(Console.Out, result.Columns, result.Rows); break;
        }
        return ExitCodes.Ok;
    }

    private static void WriteCsv(TextWriter output, QueryResult result)
    {
        static string Field(string value) =>
            value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
        output.WriteLine(string.Join(',', result.Columns.Select(Field)));
        foreach (var row in result.Rows) output.WriteLine(string.Join(',', row.Select(v => Field(TextTable.Format(v)))));
    }

    private static void WriteJson(QueryResult result)
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
                    case bool b: json.WriteBooleanValue(b); break;
                    case sbyte or byte or short or ushort or int or uint or long or ulong or decimal or double or float:
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
