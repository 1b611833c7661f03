using Assistant.Core.Monitoring;
using System.Collections.Concurrent;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// A trained post classifier: the featuriser, the calibrated misinformation-vs-rest linear models and, with three
/// labels, the label model. Scoring is a sparse dot product of each post's term counts with the exported weights
/// (no ML.NET pipeline at run time). Thread-safe: featurisation buffers are pooled per concurrent caller;
/// batches run in parallel chunks.
/// </summary>
public sealed class TrainedClassifier : IPostClassifier, IDisposable
{
    private const int BatchChunk = 64;

    private readonly PostFeaturizer featurizer;
    private readonly IReadOnlyList<CalibratedBinaryModel> binary;
    private readonly LabelModel? labelModel;
    private readonly LinearScorer scorer;
    private readonly ConcurrentBag<FeatureScratch> scratches = [];

    internal TrainedClassifier(
        PostFeaturizer featurizer,
        IReadOnlyList<string> labels,
        IReadOnlyList<CalibratedBinaryModel> binary,
        LabelModel? labelModel,
        int trainingPostCount)
    {
        if (binary.Count == 0)
        {
            throw new ArgumentException("A classifier needs at least one misinformation model.", nameof(binary));
        }

        if (labels.Count < 2 || labels[0] != PostLabel.Misinformation || (labels.Count > 2) != (labelModel is not null))
        {
            throw new ArgumentException("Labels must start with misinformation, and a label model is needed exactly when there are more than two.", nameof(labels));
        }

        if (labelModel is not null && labelModel.Weights.Count != labels.Count)
        {
            throw new ArgumentException($"The label model has {labelModel.Weights.Count} classes; there are {labels.Count} labels.", nameof(labelModel));
        }

        this.featurizer = featurizer;
        this.binary = binary;
        this.labelModel = labelModel;
        Labels = labels;
        TrainingPostCount = trainingPostCount;
        scorer = new LinearScorer(
            featurizer,
            [.. binary.Select(b => b.Weights), .. labelModel?.Weights ?? []],
            [.. binary.Select(b => b.Bias), .. labelModel?.Biases ?? []]);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many posts the classifier was trained on.</summary>
    public int TrainingPostCount { get; }

    /// <summary>The featurisation settings.</summary>
    public FeaturizerSettings FeaturizerSettings => featurizer.Settings;

    /// <summary>The learners of the misinformation-vs-rest models.</summary>
    public IReadOnlyList<BinaryLearner> Learners => binary.Select(b => b.Learner).ToList();

    internal PostFeaturizer Featurizer => featurizer;

    internal IReadOnlyList<CalibratedBinaryModel> BinaryModels => binary;

    internal LabelModel? LabelModel => labelModel;

    /// <inheritdoc />
    public ClassifierResult Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Rent();
        try
        {
            return Classify(text, scratch);
        }
        finally
        {
            scratches.Add(scratch);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ClassifierResult> ClassifyBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new ClassifierResult[texts.Count];
        var chunks = (texts.Count + BatchChunk - 1) / BatchChunk;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { CancellationToken = cancellationToken },
            Rent,
            (chunk, _, scratch) =>
            {
                var end = Math.Min(texts.Count, (chunk + 1) * BatchChunk);
                for (var i = chunk * BatchChunk; i < end; i++)
                {
                    results[i] = Classify(texts[i] ?? throw new ArgumentException($"Text {i} is null.", nameof(texts)), scratch);
                }

                return scratch;
            },
            scratches.Add);
        return results;
    }

    /// <summary>Saves the classifier to a .zip file (manifest, IDF table and the linear models' weights).</summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            ClassifierModelFile.Write(this, stream);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads a classifier saved by <see cref="Save(string)"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a classifier model, or one of an older format.</exception>
    public static TrainedClassifier Load(string path)
    {
        using var stream = File.OpenRead(path);
        return ClassifierModelFile.Read(stream);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        scratches.Clear();
    }

    private FeatureScratch Rent() => scratches.TryTake(out var scratch) ? scratch : featurizer.CreateScratch();

    private ClassifierResult Classify(string text, FeatureScratch scratch)
    {
        Span<float> scores = stackalloc float[scorer.Columns];
        scorer.Score(text, scratch, scores);
        var probability = 0.0;
        for (var i = 0; i < binary.Count; i++)
        {
            probability += binary[i].Calibration.Probability(scores[i]);
        }

        return Combine(probability / binary.Count, labelModel is null ? [] : scores[binary.Count..]);
    }

    /// <summary>
    /// The misinformation probability is the calibrated one; the rest is shared between the other labels in the
    /// proportions of the label model's softmax (or goes to the only other label). The label is the most probable class.
    /// </summary>
    private ClassifierResult Combine(double misinformation, ReadOnlySpan<float> classScores)
    {
        var probabilities = new Dictionary<string, double>(Labels.Count, StringComparer.Ordinal) { [Labels[0]] = misinformation };
        if (classScores.IsEmpty)
        {
            probabilities[Labels[1]] = 1 - misinformation;
        }
        else
        {
            // Softmax over the other labels only: the misinformation class's share is replaced by the calibrated one.
            var max = float.NegativeInfinity;
            for (var c = 1; c < Labels.Count; c++)
            {
                max = Math.Max(max, classScores[c]);
            }

            var others = 0.0;
            Span<double> exp = stackalloc double[Labels.Count];
            for (var c = 1; c < Labels.Count; c++)
            {
                exp[c] = Math.Exp(classScores[c] - max);
                others += exp[c];
            }

            for (var c = 1; c < Labels.Count; c++)
            {
                probabilities[Labels[c]] = (1 - misinformation) * (others > 0 ? exp[c] / others : 1.0 / (Labels.Count - 1));
            }
        }

        var label = Labels[0];
        foreach (var candidate in Labels)
        {
            if (probabilities[candidate] > probabilities[label])
            {
                label = candidate;
            }
        }

        return new ClassifierResult(label, misinformation, probabilities);
    }
}
