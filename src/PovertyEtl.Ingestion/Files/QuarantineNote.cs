using System.Text;

namespace PovertyEtl.Ingestion.Files;

/// <summary>
/// The text beside a file set aside after failing the same way on several runs: it is not the
/// officer's mistake as far as anyone knows, so it says what happened and whom to ask.
/// </summary>
public static class QuarantineNote
{
    public static byte[] Text(string name, Exception fault, int runs) => Encoding.UTF8.GetBytes(
        $"{name}: BỊ CÁCH LY / quarantined\n" +
        $"  Tệp gây lỗi hệ thống giống nhau trong {runs} lượt chạy liên tiếp ({fault.GetType().Name}), nên được đưa ra khỏi hộp thư đến " +
        "để không chặn các lượt sau. Đây có thể không phải lỗi của người lập báo cáo: hãy báo cho quản trị viên (chi tiết trong nhật ký).\n" +
        $"  It failed {runs} runs in a row with the same fault ({fault.GetType().Name}) and was set aside so that it stops failing every run; " +
        "the log holds the details. Put it back in the inbox once the cause is fixed.\n");
}
