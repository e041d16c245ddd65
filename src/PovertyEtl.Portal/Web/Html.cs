using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace PovertyEtl.Portal.Web;

/// <summary>
/// Pages written as HTML text: every value that comes from outside (a file name, a message, a
/// login) goes through <see cref="E"/>, the HTML encoder; the layout is one stylesheet and no
/// script at all, readable on a phone (viewport, one column).
/// </summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    public static string E(object? value) => E(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));

    public static IResult Page(string title, string body, string? signedInAs = null, string? antiforgeryField = null, int status = 200)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" — Nộp báo cáo rà soát hộ nghèo</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n<header>\n<a class=\"brand\" href=\"/\">Nộp báo cáo rà soát</a>\n");
        if (signedInAs is not null)
        {
            page.Append("<nav><a href=\"/\">Nộp báo cáo</a> <a href=\"/submissions\">Báo cáo đã nộp</a> ")
                .Append("<span class=\"who\">").Append(E(signedInAs)).Append("</span>")
                .Append("<form method=\"post\" action=\"/signout\" class=\"inline\">").Append(antiforgeryField)
                .Append("<button type=\"submit\" class=\"link\">Đăng xuất</button></form></nav>\n");
        }
        page.Append("</header>\n<main>\n<h1>").Append(E(title)).Append("</h1>\n").Append(body).Append("\n</main>\n</body>\n</html>\n");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>An error page: its message in <c>#error</c>, in Vietnamese.</summary>
    public static IResult Error(int status, string message, string? signedInAs = null, string? antiforgeryField = null) =>
        Page(Title(status), $"<p id=\"error\" class=\"error\" role=\"alert\">{E(message)}</p>\n<p><a href=\"/\">Về trang chính</a></p>", signedInAs, antiforgeryField, status);

    private static string Title(int status) => status switch
    {
        400 => "Yêu cầu không hợp lệ",
        401 => "Chưa đăng nhập",
        403 => "Không được phép",
        404 => "Không tìm thấy",
        413 => "Tệp quá lớn",
        429 => "Quá nhiều yêu cầu",
        503 => "Tạm thời không phục vụ được",
        _ => "Lỗi",
    };
}
