using Assistant.Core.Documents;

namespace Assistant.Evaluation.Tests;

/// <summary>A small corpus of two documents for matching and peer tests.</summary>
internal static class TestDocuments
{
    public static IReadOnlyList<ParsedDocument> All { get; } =
    [
        Document("quyet-dinh-157-ttg", "Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị.", "Phó Thủ tướng Lê Thành Long ký Quyết định.", "Đào tạo giáo viên về truyền thông."),
        Document("can-tho-ke-hoach", "Sở Giáo dục và Đào tạo chủ trì xử lý thông tin sai lệch.", "Mỗi năm có 20 - 30 sản phẩm truyền thông số."),
    ];

    private static ParsedDocument Document(string id, params string[] passages) => new(
        new DocumentInfo(id, id, null, null, null, null, null, null, null),
        string.Join("\n\n", passages),
        [.. passages.Select((text, i) => new Passage(id, $"{i + 1}", [], text, i, PassageKind.Body))]);
}
