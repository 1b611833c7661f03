using Microsoft.ML;
using Microsoft.ML.Data;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// The peer baseline reported beside our classifier: ML.NET's default <c>FeaturizeText</c> followed by
/// <c>SdcaLogisticRegression</c>, on the raw text, trained misinformation-vs-rest.
/// </summary>
public sealed class DefaultTextPipeline
{
    private readonly MLContext ml;
    private readonly ITransformer model;

    private DefaultTextPipeline(MLContext ml, ITransformer model)
    {
        this.ml = ml;
        this.model = model;
    }

    /// <summary>Trains the default pipeline.</summary>
    public static DefaultTextPipeline Train(IEnumerable<LabelledPost> posts, int seed = 1)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(posts.Select(p => new Row { Text = p.Text, Label = p.IsMisinformation }));
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", nameof(Row.Text))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(nameof(Row.Label), "Features"));
        return new DefaultTextPipeline(ml, pipeline.Fit(data));
    }

    /// <summary>The probability of misinformation of each text, in order (batch through <c>Transform</c>).</summary>
    public IReadOnlyList<double> Score(IReadOnlyList<string> texts)
    {
        var data = ml.Data.LoadFromEnumerable(texts.Select(t => new Row { Text = t }));
        return model.Transform(data).GetColumn<float>("Probability").Select(p => (double)p).ToList();
    }

    private sealed class Row
    {
        public string Text { get; set; } = "";

        public bool Label { get; set; }
    }
}
