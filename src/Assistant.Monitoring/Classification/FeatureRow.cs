using Microsoft.ML.Data;

namespace Assistant.Monitoring.Classification;

/// <summary>A featurised post as ML.NET reads it for scoring; training adds the labels.</summary>
internal class FeatureRow
{
    public VBuffer<float> Features;
}
