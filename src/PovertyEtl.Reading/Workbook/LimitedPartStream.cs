using PovertyEtl.Domain.Limits;

namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// A part of the zip as it uncompresses, stopped at its size limit (<see cref="ReadLimits.PartBytes"/>,
/// or <see cref="ReadLimits.WholePartBytes"/> for a part held whole) and at
/// <see cref="ReadLimits.CompressionRatio"/> times its compressed size, counting what is really
/// inflated (a zip's declared sizes may lie): a 1.6 MB file never becomes 1.5 GB of XML. It
/// also stops an XML part's run of more than <see cref="ReadLimits.XmlTokenBytes"/> without a <c>&lt;</c>:
/// an XML reader holds a whole attribute or name in memory, so one giant token would not be flat.
/// </summary>
internal sealed class LimitedPartStream(Stream inner, string part, long compressedBytes, long maxBytes, bool isXml) : Stream
{
    private readonly long _ratioAllowance = Math.Max(ReadLimits.RatioExemptBytes, compressedBytes * ReadLimits.CompressionRatio);
    private long _read;
    private long _sinceMarkup;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (isXml) CheckMarkup(buffer[..read]);
        _read += read;
        if (_read > maxBytes) throw new WorkbookLimitExceededException(WorkbookLimit.PartSize, part, bound: maxBytes);
        if (_read > _ratioAllowance) throw new WorkbookLimitExceededException(WorkbookLimit.CompressionRatio, part);
        return read;
    }

    private void CheckMarkup(ReadOnlySpan<byte> bytes)
    {
        var read = bytes.Length;
        var first = bytes.IndexOf((byte)'<');
        if (first < 0) _sinceMarkup += read;
        else
        {
            if (_sinceMarkup + first > ReadLimits.XmlTokenBytes) throw new WorkbookLimitExceededException(WorkbookLimit.XmlToken, part);
            _sinceMarkup = read - 1 - bytes.LastIndexOf((byte)'<');
        }
        if (_sinceMarkup > ReadLimits.XmlTokenBytes) throw new WorkbookLimitExceededException(WorkbookLimit.XmlToken, part);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
