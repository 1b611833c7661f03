using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// A trained post classifier: the featuriser, the calibrated misinformation-vs-rest models and, with three labels,
/// the label model. Thread-safe: the ML.NET transformers are shared; PredictionEngines and featurisation buffers
/// are pooled per concurrent caller. Batches go through <c>ITransformer.Transform</c> on an IDataView.
/// </summary>
public sealed class TrainedClassifier : IPostClassifier, IDisposable
{
    private readonly MLContext ml;
    private readonly PostFeaturizer featurizer;
    private readonly IReadOnlyList<CalibratedBinaryModel> binary;
    private readonly ITransformer? multiclass;
    private readonly SchemaDefinition scoringSchema;
    private readonly ConcurrentBag<ScoringSession> sessions = [];
    private readonly Lock engineLock = new();

    internal TrainedClassifier(
        MLContext ml,
        PostFeaturizer featurizer,
        IReadOnlyList<string> labels,
        IReadOnlyList<CalibratedBinaryModel> binary,
        ITransformer? multiclass,
        int trainingPostCount)
    {
        if (binary.Count == 0)
        {
            throw new ArgumentException("A classifier needs at least one misinformation model.", nameof(binary));
        }

        if (labels.Count < 2 || labels[0] != PostLabels.Misinformation || (labels.Count > 2) != (multiclass is not null))
        {
            throw new ArgumentException("Labels must start with misinformation, and a label model is needed exactly when there are more than two.", nameof(labels));
        }

        this.ml = ml;
        this.featurizer = featurizer;
        this.binary = binary;
        this.multiclass = multiclass;
        Labels = labels;
        TrainingPostCount = trainingPostCount;
        scoringSchema = FeatureSchema.ForScoring(featurizer.Dimension);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many posts the classifier was trained on.</summary>
    public int TrainingPostCount { get; }

    /// <summary>The featurisation settings.</summary>
    public FeaturizerSettings FeaturizerSettings => featurizer.Settings;

    /// <summary>The learners of the misinformation-vs-rest models.</summary>
    public IReadOnlyList<BinaryLearner> Learners => binary.Select(b => b.Learner).ToList();

    internal MLContext Context => ml;

    internal PostFeaturizer Featurizer => featurizer;

    internal IReadOnlyList<CalibratedBinaryModel> BinaryModels => binary;

    internal ITransformer? MulticlassModel => multiclass;

    internal DataViewSchema ScoringInputSchema => FeatureSchema.Load(ml, [], featurizer.Dimension).Schema;

    /// <inheritdoc />
    public ClassifierResult Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var session = Rent();
        try
        {
            EnsureEngines(session);
            var row = new FeatureRow { Features = featurizer.Featurize(text, session.Scratch) };
            var probability = 0.0;
            for (var i = 0; i < binary.Count; i++)
            {
                probability += binary[i].Calibration.Probability(session.Binary![i].Predict(row).Score);
            }

            var classes = session.Multiclass?.Predict(row).Score;
            return Combine(probability / binary.Count, classes);
        }
        finally
        {
            sessions.Add(session);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ClassifierResult> ClassifyBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var vectors = new VBuffer<float>[texts.Count];
        Parallel.For(
            0,
            texts.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            Rent,
            (i, _, session) =>
            {
                vectors[i] = featurizer.Featurize(texts[i] ?? throw new ArgumentException($"Text {i} is null.", nameof(texts)), session.Scratch);
                return session;
            },
            sessions.Add);

        var data = ml.Data.LoadFromEnumerable(vectors.Select(v => new FeatureRow { Features = v }), scoringSchema);
        var probabilities = new double[texts.Count];
        foreach (var model in binary)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = 0;
            foreach (var score in model.Model.Transform(data).GetColumn<float>("Score"))
            {
                probabilities[n++] += model.Calibration.Probability(score) / binary.Count;
            }
        }

        var classes = multiclass?.Transform(data).GetColumn<VBuffer<float>>("Score").Select(v => v.DenseValues().ToArray()).ToArray();
        var results = new ClassifierResult[texts.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Combine(probabilities[i], classes?[i]);
        }

        return results;
    }

    /// <summary>Saves the classifier to a .zip file (ML.NET models inside, with the featuriser and calibration).</summary>
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
    /// <exception cref="InvalidDataException">The file is not a classifier model.</exception>
    public static TrainedClassifier Load(string path)
    {
        using var stream = File.OpenRead(path);
        return ClassifierModelFile.Read(stream);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        while (sessions.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private ScoringSession Rent() => sessions.TryTake(out var session) ? session : new ScoringSession(featurizer.CreateScratch());

    private void EnsureEngines(ScoringSession session)
    {
        if (session.Binary is not null)
        {
            return;
        }

        lock (engineLock)
        {
            session.Multiclass = multiclass is null
                ? null
                : ml.Model.CreatePredictionEngine<FeatureRow, MulticlassScoreRow>(multiclass, inputSchemaDefinition: scoringSchema);
            session.Binary = binary
                .Select(b => ml.Model.CreatePredictionEngine<FeatureRow, BinaryScoreRow>(b.Model, inputSchemaDefinition: scoringSchema))
                .ToArray();
        }
    }

    /// <summary>
    /// The misinformation probability is the calibrated one; the rest is shared between the other labels in the
    /// proportions of the label model (or goes to the only other label). The label is the most probable class.
    /// </summary>
    private ClassifierResult Combine(double misinformation, float[]? classes)
    {
        var probabilities = new Dictionary<string, double>(Labels.Count, StringComparer.Ordinal) { [Labels[0]] = misinformation };
        if (classes is null)
        {
            probabilities[Labels[1]] = 1 - misinformation;
        }
        else
        {
            var others = 0.0;
            for (var c = 1; c < Labels.Count; c++)
            {
                others += classes[c];
            }

            for (var c = 1; c < Labels.Count; c++)
            {
                probabilities[Labels[c]] = (1 - misinformation) * (others > 0 ? classes[c] / others : 1.0 / (Labels.Count - 1));
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
