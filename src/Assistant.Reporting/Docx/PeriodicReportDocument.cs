using System.Globalization;
using Assistant.Reporting.Figures;
using Assistant.Review.Workflow;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Assistant.Reporting.Docx.WordParts;

namespace Assistant.Reporting.Docx;

/// <summary>
/// Writes a <see cref="PeriodicReport"/> as a Word document in the Vietnamese administrative layout: issuing body and
/// "Số: …/BC-SGDĐT" beside the national title and motto, place and date left to fill in, the title, the figures with
/// their charts, the plan's targets with the achieved values, "Nơi nhận" and the signature block.
/// </summary>
public static class PeriodicReportDocument
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Writes the document of <paramref name="report"/> to <paramref name="output"/>; days are shown in <paramref name="zone"/>.</summary>
    public static void Write(PeriodicReport report, TimeZoneInfo zone, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        body.Append(Heading(report));
        body.Append(Text(""));
        body.Append(Text("BÁO CÁO", bold: true, align: JustificationValues.Center, sizeHalfPoints: 28));
        body.Append(Text($"Kết quả công tác truyền thông, hỏi đáp và xử lý thông tin về thực hiện Nghị quyết số 71-NQ/TW", bold: true, align: JustificationValues.Center));
        body.Append(Text($"(từ ngày {Day(report.From, zone)} đến ngày {Day(report.To.AddDays(-1), zone)})", italic: true, align: JustificationValues.Center));
        body.Append(Text(""));

        uint image = 1;
        body.Append(Text("I. HỎI ĐÁP CỦA NGƯỜI DÂN", bold: true));
        body.Append(Text($"1. Tổng số câu hỏi: {report.Questions}; được trả lời: {report.Answered}; từ chối (văn bản không đề cập): {report.Refused}; trả lời bằng giải đáp chính thức: {report.Official}."));
        body.Append(Text($"2. Mức độ hài lòng: {Satisfaction(report)}."));
        body.Append(Text($"3. Khoảng trống thông tin phát hiện: {report.GapsFound} chủ đề; giải đáp chính thức đã công bố trong kỳ: {report.OfficialPublished}."));
        body.Append(Chart(main, "Kết quả trả lời", [new("Được trả lời", report.Answered), new("Từ chối", report.Refused), new("Giải đáp chính thức", report.Official)], image++));
        body.Append(Chart(main, "Câu hỏi theo chủ đề", report.ByTopic, image++));
        body.Append(Chart(main, "Câu hỏi theo kênh", report.ByChannel, image++));
        body.Append(Chart(main, "Câu hỏi theo tuần", report.ByWeek, image++));

        var misinformation = report.Misinformation;
        var median = misinformation.MedianHoursToVerdict is { } hours ? $"{hours.ToString("F1", Vietnamese)} giờ" : "chưa có mục nào được kết luận";
        body.Append(Text("II. THEO DÕI, XỬ LÝ THÔNG TIN SAI LỆCH", bold: true));
        body.Append(Text($"1. Số mục cần xem xét: {misinformation.Total}; quá hạn xử lý: {misinformation.Overdue}."));
        body.Append(Text($"2. Thời gian trung vị đến khi có kết luận: {median}."));
        var verdicts = misinformation.ByVerdict.Select(v => new KeyValuePair<string, int>(ReviewVerdicts.Label(v.Key), v.Value)).ToList();
        body.Append(Table(["Kết luận", "Số mục"], verdicts.Select(v => (IReadOnlyList<string>)[v.Key, Number(v.Value)])));
        body.Append(Chart(main, "Mục theo kết luận", verdicts, image++));

        body.Append(Text("III. CHỈ TIÊU CỦA KẾ HOẠCH", bold: true));
        body.Append(report.Targets.Count == 0
            ? Text("Kế hoạch không nêu chỉ tiêu định lượng.", italic: true)
            : Table(["TT", "Chỉ tiêu (mục của kế hoạch)", "Kết quả đạt được"],
                report.Targets.Select((t, i) => (IReadOnlyList<string>)[Number(i + 1), $"{t.Text} (mục {t.Section})", t.Achieved ?? "…"])));

        body.Append(Text(""));
        body.Append(Signature(report));
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
        main.Document.Save();
    }

    private static Table Heading(PeriodicReport report) => WordParts.Heading(
        [
            Text(report.Issuer, align: JustificationValues.Center, sizeHalfPoints: 24),
            Text(report.Department.ToUpper(Vietnamese), bold: true, align: JustificationValues.Center, sizeHalfPoints: 24),
            Text("Số: …/BC-SGDĐT", align: JustificationValues.Center, sizeHalfPoints: 24),
        ],
        [
            Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, align: JustificationValues.Center, sizeHalfPoints: 24),
            Text("Độc lập - Tự do - Hạnh phúc", bold: true, align: JustificationValues.Center),
            Text("…, ngày … tháng … năm …", italic: true, align: JustificationValues.Center),
        ]);

    private static Table Signature(PeriodicReport report) => WordParts.Heading(
        [
            Text("Nơi nhận:", bold: true, italic: true, align: JustificationValues.Left, sizeHalfPoints: 24),
            Text("- Bộ Giáo dục và Đào tạo;", align: JustificationValues.Left, sizeHalfPoints: 22),
            Text("- Ủy ban nhân dân tỉnh, thành phố;", align: JustificationValues.Left, sizeHalfPoints: 22),
            Text("- Lưu: VT.", align: JustificationValues.Left, sizeHalfPoints: 22),
        ],
        [
            Text("GIÁM ĐỐC", bold: true, align: JustificationValues.Center),
            Text("(Ký, ghi rõ họ tên, đóng dấu)", italic: true, align: JustificationValues.Center),
        ]);

    private static Paragraph Chart(MainDocumentPart main, string title, IReadOnlyList<KeyValuePair<string, int>> counts, uint id) =>
        counts.Count == 0
            ? Text($"{title}: không có số liệu trong kỳ.", italic: true)
            : Image(main, ReportCharts.Bars(title, counts), ReportCharts.Width, ReportCharts.Height, id);

    private static string Satisfaction(PeriodicReport report) => report.Satisfaction is { } share
        ? $"{(share * 100).ToString("F1", Vietnamese)}% lượt đánh giá hài lòng ({report.ThumbsUp}/{report.ThumbsUp + report.ThumbsDown} lượt)"
        : "chưa có lượt đánh giá nào";

    private static string Day(DateTimeOffset time, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(time, zone).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
