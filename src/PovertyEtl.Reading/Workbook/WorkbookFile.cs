namespace PovertyEtl.Reading.Workbook;

/// <summary>What a file turned out to be when we looked at its first bytes and tried to open it.</summary>
public enum WorkbookFileProblem
{
    None,
    Empty,
    Corrupt,
    Encrypted,
    LegacyXls,
    NotAWorkbook,
    /// <summary>Beyond a limit of what is read (<see cref="WorkbookOpening.Limit"/> says which).</summary>
    OverLimit,
}

/// <summary>The outcome of opening a file: a workbook, or the named reason it is not one (never an exception for bad input).</summary>
public sealed record WorkbookOpening(IWorkbook? Workbook, WorkbookFileProblem Problem, string Detail)
{
    public WorkbookLimitExceededException? Limit { get; init; }
}

/// <summary>
/// Opens a report file whatever it is. Office files come in two containers: a zip (xlsx,
/// xlsm, but also docx or ods) and the older OLE2 compound file (xls, read by
/// <see cref="Xls.XlsWorkbook"/>, and any Office file encrypted with a password, whose real
/// package is hidden in an <c>EncryptedPackage</c> stream).
/// </summary>
public static class WorkbookFile
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipSignature = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static WorkbookOpening Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            if (stream.Length == 0) return Fail(stream, WorkbookFileProblem.Empty, "0 byte");
            Span<byte> head = stackalloc byte[8];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            if (read >= 8 && head.SequenceEqual(Ole2Signature))
            {
                if (HasStream(stream, "EncryptedPackage")) return Fail(stream, WorkbookFileProblem.Encrypted, "tệp Office có mật khẩu");
                stream.Dispose();
                var (xls, problem, detail) = Xls.XlsWorkbook.Open(path);
                return new WorkbookOpening(xls, problem, detail);
            }
            if (read >= 4 && head[..4].SequenceEqual(EmptyZipSignature)) return Fail(stream, WorkbookFileProblem.Empty, "tệp nén rỗng");
            if (read < 4 || !head[..4].SequenceEqual(ZipSignature))
                return Fail(stream, WorkbookFileProblem.NotAWorkbook, Describe(head[..read]));
            return OpenPackage(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static WorkbookOpening OpenPackage(FileStream stream)
    {
        try
        {
            return new WorkbookOpening(XlsxWorkbook.Open(stream), WorkbookFileProblem.None, string.Empty);
        }
        catch (WorkbookPartMissingException e) when (e.IsWorkbookPart)
        {
            return Fail(stream, WorkbookFileProblem.NotAWorkbook, IsOpenDocument(stream) ? "bảng tính OpenDocument .ods" : "tệp nén không chứa sổ Excel");
        }
        catch (WorkbookLimitExceededException limit)
        {
            return Fail(stream, WorkbookFileProblem.OverLimit, limit.Message) with { Limit = limit };
        }
        catch (Exception e) when (WorkbookDamage.Is(e))
        {
            return Fail(stream, WorkbookFileProblem.Corrupt, "cấu trúc tệp bị hỏng: " + e.Message);
        }
    }

    private static WorkbookOpening Fail(FileStream stream, WorkbookFileProblem problem, string detail)
    {
        stream.Dispose();
        return new WorkbookOpening(null, problem, detail);
    }

    /// <summary>Looks for a stream name (UTF-16 in the compound file's directory) without parsing the whole format.</summary>
    private static bool HasStream(FileStream stream, string name)
    {
        var pattern = System.Text.Encoding.Unicode.GetBytes(name);
        var buffer = new byte[Math.Min(stream.Length, 4 << 20)];
        stream.Position = 0;
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).IndexOf(pattern) >= 0;
    }

    private static bool IsOpenDocument(FileStream stream)
    {
        try
        {
            stream.Position = 0;
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("mimetype") is not null && zip.GetEntry("content.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string Describe(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.ASCII.GetString(head).TrimStart('\uFEFF', ' ', '\r', '\n', '\t').ToLowerInvariant();
        if (text.StartsWith('<')) return "trang HTML hoặc XML được đặt đuôi của bảng tính";
        if (text.StartsWith("%pdf", StringComparison.Ordinal)) return "tài liệu PDF";
        return "tệp văn bản, CSV hoặc định dạng khác, không phải bảng tính";
    }
}
