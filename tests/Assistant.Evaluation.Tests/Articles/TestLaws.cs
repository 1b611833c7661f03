namespace Assistant.Evaluation.Tests.Articles;

/// <summary>A tiny synthetic article benchmark in ALQAC's format: two laws, five articles, three questions.</summary>
internal static class TestLaws
{
    public const string ArticlesJson = """
        {
          "Luật Đất đai thử@1": "Phạm vi điều chỉnh\n\nLuật này quy định về chế độ sở hữu đất đai và quyền của người sử dụng đất.",
          "Luật Đất đai thử@2": "Đối tượng áp dụng\n\n1. Cơ quan nhà nước thực hiện quyền hạn về đất đai.\n\n2. Người sử dụng đất là hộ gia đình, cá nhân.",
          "Luật Đất đai thử@3": "Thời hạn sử dụng đất\n\n1. Đất nông nghiệp giao cho hộ gia đình có thời hạn 50 năm.\n\n2. Khi hết thời hạn, người sử dụng đất được tiếp tục sử dụng.",
          "Luật Học đường thử@1": "Phạm vi điều chỉnh\n\nLuật này quy định về trường học, học sinh và giáo viên.",
          "Luật Học đường thử@2": "Tuổi vào lớp một\n\nTrẻ em vào học lớp một ở tuổi sáu; học sinh khuyết tật có thể vào học muộn hơn hai tuổi."
        }
        """;

    public const string QuestionsJson = """
        [
          {"question_id": "DS-1", "question_type": "Đúng/Sai", "text": "Đất nông nghiệp giao cho hộ gia đình có thời hạn 50 năm, đúng hay sai?", "relevant_articles": [{"law_id": "Luật Đất đai thử", "article_id": "3"}], "answer": "Đúng"},
          {"question_id": "TN-1", "question_type": "Trắc nghiệm", "text": "tre em vao hoc lop mot o tuoi nao?", "choices": {"A": "5", "B": "6"}, "relevant_articles": [{"law_id": "Luật Học đường thử", "article_id": "2"}], "answer": "B"},
          {"question_id": "TL-1", "question_type": "Tự luận", "text": "nguoi su dung dat gom nhung doi tuong nao?", "relevant_articles": [{"law_id": "Luật Đất đai thử", "article_id": "2"}]}
        ]
        """;
}
