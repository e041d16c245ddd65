using PovertyEtl.Reading.Layout;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Reading.Sheets;

/// <summary>The <c>TongHop</c> sheet read: its layout (for cell addresses), the commune rows and the totals row if any.</summary>
public sealed record CommuneTable(SheetLayout Layout, IReadOnlyList<CommuneSummary> Communes, CommuneSummary? Totals);

/// <summary>The <c>HoTro</c> sheet read.</summary>
public sealed record SupportTable(SheetLayout Layout, IReadOnlyList<SupportLine> Lines);

/// <summary>The <c>DanhSachHo</c> sheet: its layout and its households, streamed once.</summary>
public sealed record HouseholdList(SheetLayout Layout, IEnumerable<Household> Households);
