using PovertyEtl.Ingestion;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using PovertyEtl.Hosting;
using PovertyEtl.Output;
using PovertyEtl.Feedback;
using PovertyEtl.Feedback.Annotation;
using PovertyEtl.Validation;
using Serilog.Context;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>validate FILE... [--format table|json] [--annotate DIR]</c>: check reports without a
/// warehouse and print every finding; with <c>--annotate</c>, write the officer's annotated copy
/// of each file with an error or warning into DIR.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Tệp báo cáo (.xlsx, .xlsm) hoặc thư mục chứa các tệp.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Cách in kết quả: table (bảng, mặc định) hoặc json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var annotate = new Option<string?>("--annotate")
        {
            Description = "Thư mục ghi bản có đánh dấu (<tên>.kiem-tra.xlsx) của mỗi tệp có lỗi hoặc cảnh báo, để gửi lại cho cán bộ huyện.",
            HelpName = "DIR",
        };
        var command = new Command("validate", "Kiểm tra tệp báo cáo theo mẫu, không cần kho dữ liệu; in từng lỗi với ô, quy tắc và lời nhắn.")
        {
            files, format, annotate,
        };
        CommandLineUsage.RefuseOptionLikeTokens(files, command);
        command.SetAction(parse => Run(parse, parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(annotate)));
        return command;
    }

    private static int Run(ParseResult parse, string[] paths, string format, string? annotateFolder)
    {
        var (inputs, missing) = InputFiles.Expand(paths);
        foreach (var path in missing) Console.Error.WriteLine($"Không tìm thấy tệp hoặc thư mục: {path} / no such file or folder");
        if (missing.Count > 0) return ExitCodes.UsageError;
        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("Không có tệp báo cáo nào để kiểm tra / no report files found");
            return ExitCodes.UsageError;
        }

        using var app = AppHost.Start(parse, "validate");
        var pass = app.Services.GetRequiredService<ReportPass>();
        var log = app.Services.GetRequiredService<ILogger>();
        var reference = app.Services.GetRequiredService<PovertyEtl.Domain.Reference.ReferenceData>();
        var progress = new Progress(inputs.Count);
        var checks = new List<ReportCheck>();
        var copies = annotateFolder is null ? null : new AnnotationFolder(annotateFolder);
        // Every core reads (Ingestion:Parallelism files at once); what is printed keeps the order of the files.
        foreach (var (file, check) in pass.CheckInOrder(inputs, app.Services.GetRequiredService<IngestionOptions>().Parallelism))
        {
            using (LogContext.PushProperty("File", Path.GetFileName(file)))
            {
                log.Information("Validated {File}: {Outcome} with {Errors} errors and {Warnings} warnings",
                    Path.GetFileName(file), check.Outcome.Code(), check.Errors, check.Warnings);
                checks.Add(check);
                if (format == "table") FindingsText.Write(Console.Out, check, reference);
                if (copies is not null && AnnotatedCopy.IsWanted(check)) copies.Write(file, check, format == "table" ? Console.Out : Console.Error);
            }
            progress.Step();
        }
        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            FindingsJson.Write(stdout, checks);
        }
        return checks.All(c => c.Accepted) ? ExitCodes.Ok : ExitCodes.FileRejected;
    }
}
