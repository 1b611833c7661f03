using System.Text.Json;
using Assistant.Core.Configuration;

namespace Assistant.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("assistant-eval-cli-").FullName;

    [Fact]
    public async Task EvalQa_BadGoldLines_AreNamedAndTheRestIsReported()
    {
        var input = Write("gold.jsonl", """
            {"id":"a","question":"Ai ký Quyết định 157/QĐ-TTg?","answerable":true,"evidence":[{"doc":"quyet-dinh-157-ttg","text":"Lê Thành Long"}],"facts":["Lê Thành Long"],"tags":["type:who"]}
            {"id":"b","answerable":true}
            {"id":"c","question":"Ai ký?","answerable":true,"evidence":[{"doc":"khong-co","text":"x"}],"facts":["x"]}
            {"id":"d","question":"Học phí năm nay bao nhiêu?","answerable":false,"tags":["out-of-scope"]}
            """);
        var output = Path.Combine(folder, "run");

        var result = await CliRunner.RunAsync(folder, "eval", "qa", "--input", input, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("gold.jsonl line 2: missing \"question\"", result.Error);
        Assert.Contains("gold.jsonl line 3: unknown document id \"khong-co\"", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "metrics.json"))).RootElement;
        Assert.Equal(2, metrics.GetProperty("questions").GetDouble());
        Assert.Equal(2, metrics.GetProperty("badGoldLines").GetDouble());
        Assert.True(metrics.TryGetProperty("peerHitAt5", out _));
        Assert.True(metrics.TryGetProperty("typeWhoWrongAnswerRate", out _));
        Assert.Matches(@"wrongAnswerRate \d", result.Output);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("So sánh với FTS5", html);
        Assert.Contains("data:image/png;base64,", html);
        Assert.Contains("unknown document id", html);
        Assert.Contains("Trả lời sai", html);
    }

    [Fact]
    public async Task EvalQa_SeveralInputs_ReportsEachSetSideBySideAndGatesTheFirst()
    {
        var formal = Write("formal.jsonl", """{"id":"a","question":"Ai ký Quyết định 157/QĐ-TTg?","answerable":true,"evidence":[{"doc":"quyet-dinh-157-ttg","text":"Lê Thành Long"}],"facts":["Lê Thành Long"]}""");
        var citizen = Write("citizen.jsonl", """{"id":"c","question":"hoc phi nam nay bao nhieu vay ad","answerable":false,"tags":["no-diacritics"]}""");
        var extra = Write("extra.jsonl", """{"id":"e","question":"Nghị quyết 71 ban hành ngày nào?","answerable":true,"evidence":[{"doc":"quyet-dinh-157-ttg","text":"22/8/2025"}],"facts":["22/8/2025"]}""");
        var baseline = Write("baseline.json", """{"qa": {"factRate": {"min": 0.5}, "questions": {"max": 1}}}""");
        var output = Path.Combine(folder, "sets");

        var result = await CliRunner.RunAsync(folder, "eval", "qa", "--input", formal, "--input", citizen + "," + extra, "--no-peer", "--gate", baseline, "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("== citizen (", result.Output);
        Assert.Contains("Gate passed", result.Output);
        var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "metrics.json"))).RootElement;
        Assert.Equal(1, metrics.GetProperty("questions").GetDouble());
        Assert.Equal(1, metrics.GetProperty("citizenQuestions").GetDouble());
        Assert.True(metrics.TryGetProperty("citizenRefusalAccuracy", out _));
        Assert.True(metrics.TryGetProperty("extraWrongAnswerRate", out _));
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<h2>Các tập câu hỏi</h2>", html);
        Assert.Contains("<h2>citizen: Tóm tắt</h2>", html);
        Assert.Contains("<h2>extra: Tóm tắt</h2>", html);
        Assert.True(File.Exists(Path.Combine(output, "charts", "citizen-category-pass.png")));
    }

    [Fact]
    public async Task EvalQa_LlmModeWithoutEndpoint_ExplainsInBothLanguagesAndFails()
    {
        var input = Write("gold.jsonl", """{"id":"d","question":"Học phí?","answerable":false}""");

        var result = await CliRunner.RunAsync(folder, "eval", "qa", "--input", input, "--mode", "llm", "--out", Path.Combine(folder, "llm"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("chưa cấu hình mô hình ngôn ngữ", result.Error);
        Assert.Contains("Llm:Endpoint is empty", result.Error);
        Assert.False(Directory.Exists(Path.Combine(folder, "llm")));
    }

    [Fact]
    public async Task EvalRetrieval_SyntheticLaws_ReportsArticleRecallForOursAndFts5()
    {
        var articles = Write("articles.json", """
            {
              "Luật Đất đai thử@1": "Phạm vi điều chỉnh\n\nLuật này quy định về chế độ sở hữu đất đai.",
              "Luật Đất đai thử@2": "Thời hạn sử dụng đất\n\n1. Đất nông nghiệp giao cho hộ gia đình có thời hạn 50 năm.\n\n2. Khi hết thời hạn được tiếp tục sử dụng.",
              "Luật Học đường thử@1": "Tuổi vào lớp một\n\nTrẻ em vào học lớp một ở tuổi sáu."
            }
            """);
        var questions = Write("questions.json", """
            [
              {"question_id": "DS-1", "question_type": "Đúng/Sai", "text": "Đất nông nghiệp giao cho hộ gia đình có thời hạn 50 năm, đúng hay sai?", "relevant_articles": [{"law_id": "Luật Đất đai thử", "article_id": "2"}]},
              {"question_id": "TN-1", "question_type": "Trắc nghiệm", "text": "Trẻ em vào học lớp một ở tuổi nào?", "relevant_articles": [{"law_id": "Luật Học đường thử", "article_id": "1"}]},
              {"question_id": "TN-2", "text": "Hỏi gì?", "relevant_articles": [{"law_id": "Luật Học đường thử", "article_id": "7"}]}
            ]
            """);
        var output = Path.Combine(folder, "alqac");

        var result = await CliRunner.RunAsync(folder, "eval", "retrieval", "--articles", articles, "--questions", questions, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("questions.json item 3 (TN-2): unknown article \"Luật Học đường thử@7\"", result.Error);
        Assert.Contains("[ours] recallAt1 1, recallAt5 1", result.Output);
        Assert.Contains("[fts5] recallAt1", result.Output);
        var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "metrics.json"))).RootElement;
        Assert.Equal(2, metrics.GetProperty("questions").GetDouble());
        Assert.Equal(1, metrics.GetProperty("recallAt5").GetDouble());
        Assert.True(metrics.TryGetProperty("peerMrrAt10", out _));
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("FTS5 (đối chứng)", html);
        Assert.Contains("Theo loại câu hỏi", html);
    }

    [Fact]
    public async Task EvalRetrieval_MissingArticlesFile_IsNamedAndNothingRuns()
    {
        var questions = Write("questions.json", "[]");

        var result = await CliRunner.RunAsync(folder, "eval", "retrieval", "--articles", "khong-co.json", "--questions", questions, "--out", Path.Combine(folder, "none"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không tìm thấy tệp 'khong-co.json'", result.Error);
        Assert.False(Directory.Exists(Path.Combine(folder, "none")));
    }

    [Fact]
    public async Task EvalGate_MetricBelowTheRepositoryBaseline_ExitsOneNamingIt()
    {
        var metrics = Write("metrics.json", """{"hitAt5": 0.5, "mrrAt10": 0.9, "ndcgAt10": 0.9, "factRate": 0.9, "citationValidity": 1, "refusalAccuracy": 1, "falseRefusalRate": 0, "noDiacriticsHitAt5": 0.9, "badGoldLines": 0}""");

        var result = await CliRunner.RunAsync(folder, "eval", "gate", "--metrics", metrics, "--baseline", RepositoryPaths.Resolve("eval/baseline.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("qa.hitAt5 = 0.5 is below its minimum", result.Error);
        Assert.DoesNotContain("factRate", result.Error);
    }

    [Fact]
    public async Task EvalPosts_MissingTrainingFile_IsNamedAndNothingRuns()
    {
        var input = Write("posts.jsonl", """{"id":"p1","text":"Bộ Y tế xử lý tin sai về giáo dục","label":"misinformation"}""");

        var result = await CliRunner.RunAsync(folder, "eval", "posts", "--input", input, "--train", "khong-co.jsonl", "--out", Path.Combine(folder, "posts"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không tìm thấy tệp 'khong-co.jsonl'", result.Error);
        Assert.False(Directory.Exists(Path.Combine(folder, "posts")));
    }

    [Fact]
    public async Task EvalPosts_ScoredFileAndCompare_WritesMetricsReportAndDeltas()
    {
        var input = Write("posts.jsonl", """
            {"id":"p1","text":"Bộ Y tế xử lý tin sai về giáo dục","label":"misinformation"}
            {"id":"p2","text":"Kế hoạch do Phó Thủ tướng ký","label":"accurate"}
            {"id":"p3","text":"Thuốc nhỏ mắt nào tốt?","label":"unrelated"}
            """);
        var scored = Write("scored.jsonl", """
            {"id":"p1","label":"misinformation","score":0.9,"classifierScore":0.7,"relevance":1,"flagged":true,"reasons":["Sai cơ quan chủ trì"]}
            {"id":"p2","label":"accurate","score":0.2,"classifierScore":0.4,"relevance":1,"flagged":false}
            {"id":"p3","label":"unrelated","score":0.1,"classifierScore":0.8,"relevance":0,"flagged":false}
            """);
        var previous = Write("old.json", """{"f1": 0.5, "rocAuc": 0.9}""");
        var output = Path.Combine(folder, "posts");

        var result = await CliRunner.RunAsync(folder, "eval", "posts", "--input", input, "--scored", scored, "--compare", previous, "--out", output, "--folds", "0");

        Assert.Equal(0, result.ExitCode);
        var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "metrics.json"))).RootElement;
        Assert.Equal(1, metrics.GetProperty("f1").GetDouble());
        Assert.Equal(0.5, metrics.GetProperty("rocAuc").GetDouble());
        Assert.Equal(1, metrics.GetProperty("riskRocAuc").GetDouble());
        Assert.Contains("1 chỉ số tốt hơn, 1 kém hơn", result.Output);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Ma trận nhầm lẫn", html);
        Assert.Contains("So với lần chạy trước", html);
        Assert.Contains("Sai cơ quan chủ trì", html);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
