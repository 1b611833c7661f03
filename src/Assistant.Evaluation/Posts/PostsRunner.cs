using Assistant.Core.Monitoring;
using Assistant.Evaluation.Gold;

namespace Assistant.Evaluation.Posts;

/// <summary>
/// Scores the gold posts (with a classifier trained on a given file, from a scored file, or with the monitor's
/// scorer), runs the peer classifier on the same posts and cross-validates our classifier on its training data.
/// </summary>
public static class PostsRunner
{
    private const string NoClassifier =
        "Chưa có bộ phân loại bài viết trong bản dựng này (Assistant.Monitoring chưa được nối), nên không huấn luyện được. / "
        + "No post classifier is registered (Assistant.Monitoring is not wired), so --train cannot run.";

    private const string NoScorer =
        "Chưa có bộ chấm bài viết trong bản dựng này (Assistant.Monitoring chưa được nối); hãy dùng --scored TỆP với kết quả của lệnh score. / "
        + "No post scorer is registered (Assistant.Monitoring is not wired); use --scored FILE with the output of `score`.";

    /// <summary>The <see cref="Post.Source"/> of gold posts sent to the scorer.</summary>
    public const string PostSource = "eval";

    /// <summary>Steps a run reports: one per post scored, one per cross-validation fold.</summary>
    public static int StepsOf(PostsRunRequest request, int posts) => posts + (request.Project is not null && request.Folds >= 2 ? request.Folds : 0);

    /// <summary>Runs the posts evaluation.</summary>
    /// <exception cref="PostsSetupException">Nothing can score the posts.</exception>
    public static async Task<PostsRun> RunAsync(GoldFile<GoldPost> gold, PostsRunRequest request, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<string>(gold.Errors);
        var posts = gold.Items;
        IReadOnlyList<TrainingPost>? training = null;
        IReadOnlyDictionary<string, ScoredPost> scored;
        string source;
        var risk = true;
        var classifierOnly = request.TrainPath is null && request.ScoredPath is null && request.Scorer is null && request.Project is not null;
        if ((classifierOnly ? request.DefaultTrainingPath : request.TrainPath) is { } trainPath)
        {
            var project = request.Project ?? throw new PostsSetupException(NoClassifier);
            training = ReadTraining(trainPath, errors);
            scored = await TrainAndClassifyAsync(project, training, posts, cancellationToken);
            progress?.Report(posts.Count);
            source = $"{project.Name}, huấn luyện trên {Path.GetFileName(trainPath)} ({training.Count} bài)"
                + (classifierOnly ? "; chưa có bộ chấm rủi ro nên chỉ bộ phân loại chấm" : string.Empty);
            risk = false;
        }
        else if (request.ScoredPath is { } scoredPath)
        {
            var file = ScoredPostReader.Read(scoredPath);
            errors.AddRange(file.Errors);
            scored = file.Items.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            progress?.Report(posts.Count);
            source = $"tệp đã chấm {Path.GetFileName(scoredPath)}";
        }
        else
        {
            var scorer = request.Scorer ?? throw new PostsSetupException(NoScorer);
            scored = await ScoreAllAsync(scorer, posts, progress, cancellationToken);
            source = "bộ chấm của hệ thống (phân loại + đối chiếu văn bản + khớp phán quyết cũ)";
        }

        if (training is null && (request.Project ?? request.Peer) is not null && File.Exists(request.DefaultTrainingPath))
        {
            training = ReadTraining(request.DefaultTrainingPath, errors);
        }

        var peerScores = request.Peer is not null && training is not null
            ? await ClassifyAsync(request.Peer, training, posts, cancellationToken)
            : null;
        var crossValidation = request.Project is not null && training is not null && request.Folds >= 2
            ? await new CrossValidator(request.Project).RunAsync(training, request.Folds, OffsetProgress.Of(progress, posts.Count), cancellationToken)
            : null;

        var items = new List<PostItemResult>(posts.Count);
        for (var i = 0; i < posts.Count; i++)
        {
            if (scored.TryGetValue(posts[i].Id!, out var post))
            {
                items.Add(new PostItemResult(posts[i], post, peerScores?[i].MisinformationProbability));
            }
            else
            {
                errors.Add($"post \"{posts[i].Id}\": no scored post with this id");
            }
        }

        return new PostsRun(source, errors, items, risk, peerScores is null ? null : request.Peer!.Name, crossValidation);
    }

    private static IReadOnlyList<TrainingPost> ReadTraining(string path, List<string> errors)
    {
        if (!File.Exists(path))
        {
            throw new PostsSetupException($"Không tìm thấy tệp huấn luyện '{path}'. / Training file '{path}' not found.");
        }

        var file = GoldPostReader.Read(path);
        errors.AddRange(file.Errors);
        return GoldPostReader.ToTraining(file.Items);
    }

    private static async Task<IReadOnlyDictionary<string, ScoredPost>> ScoreAllAsync(IPostScorer scorer, IReadOnlyList<GoldPost> posts, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var scored = new Dictionary<string, ScoredPost>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            scored[post.Id!] = await scorer.ScoreAsync(new Post(PostSource, post.Id!, post.Text!), cancellationToken);
            progress?.Report(scored.Count);
        }

        return scored;
    }

    private static async Task<IReadOnlyDictionary<string, ScoredPost>> TrainAndClassifyAsync(
        IClassifierTrainer trainer, IReadOnlyList<TrainingPost> training, IReadOnlyList<GoldPost> posts, CancellationToken cancellationToken)
    {
        var classified = await ClassifyAsync(trainer, training, posts, cancellationToken);
        return posts.Select((post, i) => new ScoredPost
            {
                Id = post.Id!,
                Label = classified[i].Label,
                Score = classified[i].MisinformationProbability,
                ClassifierScore = classified[i].MisinformationProbability,
                Flagged = classified[i].Label == PostLabel.Misinformation,
            })
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<TextClassification>> ClassifyAsync(
        IClassifierTrainer trainer, IReadOnlyList<TrainingPost> training, IReadOnlyList<GoldPost> posts, CancellationToken cancellationToken)
    {
        using var classifier = await trainer.TrainAsync(training, cancellationToken);
        return classifier.Classify([.. posts.Select(p => p.Text!)], cancellationToken);
    }
}
