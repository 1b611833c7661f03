using System.ComponentModel.DataAnnotations;

namespace Assistant.Monitoring.Classification;

/// <summary>Where the post classifier is kept and what it is trained from (<c>Monitoring:Classifier</c> section).</summary>
public sealed class ClassifierOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Monitoring:Classifier";

    /// <summary>The trained model file; a relative path hangs from <c>Data:Directory</c>.</summary>
    [Required]
    public string ModelPath { get; set; } = "models/post-classifier.zip";

    /// <summary>Labelled posts (JSONL) the model is trained from when no model file exists; relative to the repository root.</summary>
    [Required]
    public string TrainingDataPath { get; set; } = "corpus/posts/train.jsonl";

    /// <summary>Seed of training, so the same data gives the same model.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Folds whose out-of-fold scores calibrate the probabilities.</summary>
    [Range(2, 20)]
    public int CalibrationFolds { get; set; } = 5;

    /// <summary>The hashed feature space has 2^HashBits slots (19 by default; fewer make a smaller, slightly weaker model).</summary>
    [Range(10, 24)]
    public int HashBits { get; set; } = new FeaturizerSettings().HashBits;

    /// <summary>
    /// Load the model when a host starts, in the background (training and saving it first when no model file exists), rather
    /// than inside the first post's request.
    /// </summary>
    public bool LoadAtStart { get; set; } = true;

    /// <summary>The training settings these options stand for.</summary>
    public ClassifierTrainingSettings ToTrainingSettings() => new() { Seed = Seed, CalibrationFolds = CalibrationFolds, Featurizer = new() { HashBits = HashBits } };
}
