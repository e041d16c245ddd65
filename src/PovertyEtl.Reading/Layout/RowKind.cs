namespace PovertyEtl.Reading.Layout;

public enum RowKind
{
    /// <summary>A row with a value in the key column.</summary>
    Data,
    /// <summary>The totals row: empty key, a cell reading <c>Tổng cộng</c>, <c>Tổng</c>, <c>Cộng</c>, <c>Toàn huyện</c> or <c>Toàn tỉnh</c>.</summary>
    Totals,
}
