using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using System.Data.Common;
using PovertyEtl.Hosting;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Output;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>sql "SELECT ..." [--format table|csv|json]</c>: one read-only statement on an existing
/// warehouse, the only place a user's text reaches the engine (<see cref="IReadOnlyQueries"/>).
/// Anything more than reading is refused with one line and exit code 2, nothing changed.
/// </summary>
public static class SqlCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Câu truy vấn SQL chỉ đọc, ví dụ: \"SELECT … FROM mart.poverty_district_year\"." };
        var format = new Option<string>("--format") { Description = "table (mặc định), csv hoặc json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("sql", "Chạy một truy vấn chỉ đọc trên kho dữ liệu và in kết quả.") { query, format };
        command.SetAction((parse, cancellation) => RunAsync(parse, parse.GetValue(query)!, parse.GetValue(format)!, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string query, string format, CancellationToken cancellation)
    {
        using var app = AppHost.Start(parse, "sql");
        QueryResult result;
        try
        {
            await using var queries = app.Services.GetRequiredService<WarehouseAccess>().OpenForQueries();
            result = await queries.RunAsync(query, cancellation);
        }
        catch (QueryRefusedException e)
        {
            Console.Error.WriteLine($"Từ chối: lệnh sql chỉ được đọc kho dữ liệu / refused: sql only reads the warehouse ({OneLine(e.Message)})");
            return ExitCodes.UsageError;
        }
        catch (DbException e)
        {
            Console.Error.WriteLine($"Lỗi truy vấn / query error: {OneLine(e.Message)}");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException)
        {
            // A value the engine holds and .NET cannot (a PostgreSQL infinite date, a numeric beyond decimal): cast it in the query.
            Console.Error.WriteLine($"Không đọc được một giá trị, hãy CAST nó sang text / a value cannot be read, CAST it to text: {OneLine(e.Message)}");
            return ExitCodes.UsageError;
        }
        switch (format)
        {
            case "csv": CsvOutput.Write(Console.Out, result); break;
            case "json": JsonOutput.Write(result); break;
            default: TextTable.Write(Console.Out, result.Columns, result.Rows); break;
        }
        return ExitCodes.Ok;
    }

    private static string OneLine(string message) => message.Split('\n')[0].Trim();
}
