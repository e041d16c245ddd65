using PovertyEtl.Domain.Limits;
using PovertyEtl.Reading;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Validation;
using Xunit;

namespace PovertyEtl.Tests.Reading.Workbook;

/// <summary>
/// A part that inflates past a gigabyte at an honest ratio: made endless here rather than
/// zipped (the size is what matters, and no test writes gigabytes), it stops at the part-size limit.
/// </summary>
public sealed class PartSizeLimitTests
{
    [Fact]
    public void APartBeyondAGigabyteStopsAtThePartSizeLimitAndNamesIt()
    {
        using var part = new LimitedPartStream(new EndlessMarkup(), "xl/worksheets/sheet2.xml", compressedBytes: 1L << 40,
            maxBytes: ReadLimits.PartBytes, isXml: true);
        var buffer = new byte[1 << 20];

        var limit = Assert.Throws<WorkbookLimitExceededException>(() => { while (part.Read(buffer, 0, buffer.Length) > 0) { } });

        Assert.Equal(WorkbookLimit.PartSize, limit.Limit);
        var finding = new FindingList();
        new ReadProblemFindings(finding).Report(SheetLimitGuard.ProblemOf(limit, string.Empty));
        var only = Assert.Single(finding.ToList());
        Assert.Equal("LIMIT_PART_SIZE", only.Rule);
        Assert.Contains("1.073.741.824", only.Message);
    }

    /// <summary><c>&lt;x/&gt;</c> for ever.</summary>
    private sealed class EndlessMarkup : Stream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++) buffer[offset + i] = "<x/>"u8[i % 4];
            return count;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
