namespace PovertyEtl.Ingestion.Files;

/// <summary>How a <see cref="FileNote"/> reads on the console and in the run summary.</summary>
public static class NoteText
{
    public static string Of(FileNote note) => note switch
    {
        FileNote.TakenByAnotherWorker => "tiến trình khác đang xử lý / taken by another worker",
        FileNote.NotARegularFile => "không phải tệp thường (liên kết), để nguyên / not a regular file (a link), left in place",
        FileNote.PlacementPending => "đã ghi nhận nhưng chưa chuyển được, lượt sau chuyển tiếp / recorded, not moved yet, the next run moves it: ",
        FileNote.PlacementStuck => "không chuyển được sau nhiều lượt, cần kiểm tra / cannot be moved after several runs, look at it: ",
        FileNote.Quarantined => "bị cách ly vào thư mục từ chối / quarantined in the rejected folder: ",
        _ => string.Empty,
    };
}
