using System.Text.Encodings.Web;
using System.Text.Json;
using PovertyEtl.Feedback;
using Microsoft.AspNetCore.Http;
using PovertyEtl.Portal.Submissions;
using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Web;

/// <summary>
/// The API's JSON, as contracts.md gives it: a submission is <c>{"submission_id", "file",
/// "reporting_unit", "year", "outcome", "status", "findings": [{"sheet", "cell", "rule",
/// "severity", "message"}], "annotated_url"}</c>, findings as <c>validate</c> writes them.
/// Vietnamese is written as is.
/// </summary>
internal static class ApiJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Submission(SubmissionRecord s, IReadOnlyList<Finding> findings) => Write(200, json =>
    {
        json.WriteStartObject();
        json.WriteString("submission_id", s.SubmissionId);
        json.WriteString("file", s.OriginalName);
        json.WriteString("reporting_unit", s.ReportingUnit);
        if (s.Year is { } year) json.WriteNumber("year", year); else json.WriteNull("year");
        json.WriteString("outcome", s.Outcome);
        json.WriteString("status", SubmissionStatus.Of(s));
        FindingJson.WriteArray(json, "findings", findings);
        if (s.AnnotatedPath is null) json.WriteNull("annotated_url");
        else json.WriteString("annotated_url", $"/api/submissions/{s.SubmissionId}/annotated");
        json.WriteEndObject();
    });

    /// <summary><c>{"error": "…"}</c> with the status: what went wrong, in Vietnamese.</summary>
    public static IResult Error(int status, string message) => Write(status, json =>
    {
        json.WriteStartObject();
        json.WriteString("error", message);
        json.WriteEndObject();
    });

    private sealed class JsonBody(byte[] body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body, 0, body.Length);
        }
    }

    private static IResult Write(int status, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) write(json);
        return new JsonBody(buffer.ToArray(), status);
    }
}
