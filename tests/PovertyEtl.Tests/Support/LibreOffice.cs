using System.Diagnostics;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// Recalculates a workbook the way an officer's spreadsheet program does on saving: LibreOffice
/// converts it to .xlsx again, computing every formula and storing its result. On a machine
/// without LibreOffice (CI may lack it) <see cref="Recalculate"/> returns null and the tests
/// check the formulas with ClosedXML's own evaluator instead.
/// </summary>
public static class LibreOffice
{
    public static string? Executable { get; } =
        new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);

    public static string? Recalculate(string workbook, string outputFolder)
    {
        if (Executable is null) return null;
        Directory.CreateDirectory(outputFolder);
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        // A profile of its own: a second LibreOffice on the same profile (a desktop, another test) would take the job and exit at once.
        start.ArgumentList.Add($"-env:UserInstallation=file://{Path.Combine(outputFolder, ".lo-profile")}");
        foreach (var argument in new[] { "--headless", "--convert-to", "xlsx", "--outdir", outputFolder, workbook }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not finish converting " + workbook);
        }
        var converted = Path.Combine(outputFolder, Path.GetFileName(workbook));
        return File.Exists(converted)
            ? converted
            : throw new InvalidOperationException($"LibreOffice wrote no {converted}: {output.Result} {error.Result}");
    }
}
