namespace PovertyEtl.Portal.Web;

/// <summary>The one stylesheet: one column on a phone, tables that scroll sideways rather than overflow.</summary>
internal static class SiteCss
{
    public const string Text = """
        *{box-sizing:border-box}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#f6f7f9}
        header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.75rem 1rem;background:#0b4f8a;color:#fff}
        header a{color:#fff}
        .brand{font-weight:600;text-decoration:none}
        nav{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        h1{font-size:1.4rem;margin:.5rem 0 1rem}
        form.stack{display:flex;flex-direction:column;gap:.75rem;max-width:28rem}
        label{display:flex;flex-direction:column;gap:.25rem;font-weight:500}
        input[type=text],input[type=password],input[type=file],input[type=number]{font-size:1rem;padding:.6rem;border:1px solid #9aa5b1;border-radius:.25rem;background:#fff;width:100%}
        button{font-size:1rem;padding:.6rem 1rem;border:0;border-radius:.25rem;background:#0b4f8a;color:#fff;cursor:pointer}
        button.link{background:none;padding:0;color:#fff;text-decoration:underline}
        form.inline{display:inline}
        .error{padding:.75rem;border-left:4px solid #b00020;background:#fde8eb;color:#7a0016}
        .ok{padding:.75rem;border-left:4px solid #1b7f3b;background:#e6f4ea}
        .bad{padding:.75rem;border-left:4px solid #b00020;background:#fde8eb}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;background:#fff}
        th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #dde2e8;vertical-align:top}
        th{background:#eef1f5}
        tr.finding[data-severity=error] td:first-child{border-left:4px solid #b00020}
        tr.finding[data-severity=warning] td:first-child{border-left:4px solid #c77700}
        tr[data-status=missing]{background:#fff4e5}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
        dt{font-weight:600}
        @media (max-width:40rem){dl{grid-template-columns:1fr}main{padding:.5rem}}
        """;
}
