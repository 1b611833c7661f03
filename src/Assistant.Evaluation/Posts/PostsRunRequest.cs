using Assistant.Core.Monitoring;

namespace Assistant.Evaluation.Posts;

/// <summary>
/// What a posts run uses. One way of scoring applies, in this order: a training file, a scored file, the scorer, and
/// with none of these our classifier trained on <paramref name="DefaultTrainingPath"/>.
/// </summary>
/// <param name="TrainPath">Train our classifier (and the peer) on this labelled file and score the gold posts with it (e.g. ReINTEL).</param>
/// <param name="ScoredPath">Scored posts (Scored post JSON lines) to evaluate as they are.</param>
/// <param name="Scorer">The monitor's scorer, used when neither file is given.</param>
/// <param name="Project">Our classifier's trainer, for cross-validation and <paramref name="TrainPath"/>; null when unavailable.</param>
/// <param name="Peer">The peer classifier's trainer; null when unavailable.</param>
/// <param name="DefaultTrainingPath">Our classifier's training data, cross-validated and used to train the peer when no <paramref name="TrainPath"/>.</param>
/// <param name="Folds">Cross-validation folds; 0 skips it.</param>
public sealed record PostsRunRequest(
    string? TrainPath,
    string? ScoredPath,
    IPostScorer? Scorer,
    IClassifierTrainer? Project,
    IClassifierTrainer? Peer,
    string DefaultTrainingPath,
    int Folds);
