namespace PovertyEtl.Tests.Support;

/// <summary>
/// The tidy report as a review under another poverty standard than Decree 07's, consistent with it:
/// <list type="bullet">
/// <item><see cref="UnderQd59"/>: the 2019 review, QĐ 59/2015/QĐ-TTg. <c>DanhSachHo</c> K-T are its 10
/// indicators (<see cref="Qd59IndicatorHeaders"/>), U and V empty; each household keeps its first 10
/// marks (the deprived ones come first, so its count is unchanged). Incomes within QĐ 59's lines:
/// rural poor 850,000, near-poor 950,000 or 1,000,000 (on the line); urban poor 1,200,000, near-poor 1,300,000.</item>
/// <item><see cref="UnderNd351"/>: the 2027 review, Decree 351/2025/NĐ-CP, after the reform: V reads
/// "Sử dụng internet và dịch vụ số" and W "Thu gom và xử lý rác thải sinh hoạt" (empty); incomes as
/// tidy, all under 2,200,000 / 2,800,000.</item>
/// </list>
/// </summary>
public sealed partial class TidyReport
{
    public static readonly string[] Qd59IndicatorHeaders =
    [
        "Tiếp cận các dịch vụ y tế", "Bảo hiểm y tế", "Trình độ giáo dục của người lớn", "Tình trạng đi học của trẻ em",
        "Chất lượng nhà ở", "Diện tích nhà ở bình quân đầu người", "Nguồn nước sinh hoạt", "Hố xí/nhà tiêu hợp vệ sinh",
        "Sử dụng dịch vụ viễn thông", "Tài sản phục vụ tiếp cận thông tin",
    ];

    public TidyReport UnderQd59()
    {
        Set(ThongTin, "B5", 2019).Set(ThongTin, "B6", new DateTime(2019, 12, 15));
        Clock = FakeClock.On(2020, 6, 15);
        for (var i = 0; i < Qd59IndicatorHeaders.Length; i++) Set(DanhSachHo, $"{(char)('K' + i)}1", Qd59IndicatorHeaders[i]);
        Clear(DanhSachHo, "U1").Clear(DanhSachHo, "V1");
        foreach (var h in TidyData.Households)
        {
            Clear(DanhSachHo, $"U{h.Row}").Clear(DanhSachHo, $"V{h.Row}");
            var urban = TidyData.Communes.Single(c => c.Code == h.CommuneCode).Urban;
            Set(DanhSachHo, $"H{h.Row}", (urban, h.Poor) switch
            {
                (true, true) => 1_200_000,
                (true, false) => 1_300_000,
                (false, true) => 850_000,
                (false, false) => h.Row % 2 == 0 ? 1_000_000 : 950_000,
            });
        }
        return this;
    }

    public TidyReport UnderNd351()
    {
        AfterReform().Set(ThongTin, "B5", 2027).Set(ThongTin, "B6", new DateTime(2027, 12, 15));
        Clock = FakeClock.On(2028, 1, 10);
        return Set(DanhSachHo, "V1", "Sử dụng internet và dịch vụ số").Set(DanhSachHo, "W1", "Thu gom và xử lý rác thải sinh hoạt");
    }
}
