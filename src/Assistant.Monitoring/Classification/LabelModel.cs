namespace Assistant.Monitoring.Classification;

/// <summary>The multiclass (maximum entropy) label model: one weight vector and bias per label, softmax of the scores.</summary>
internal sealed record LabelModel(IReadOnlyList<float[]> Weights, float[] Biases);
