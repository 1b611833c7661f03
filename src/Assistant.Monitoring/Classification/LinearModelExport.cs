using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Assistant.Monitoring.Classification;

/// <summary>Reads the weights and biases out of trained ML.NET linear models, so scoring needs no ML.NET pipeline.</summary>
internal static class LinearModelExport
{
    /// <summary>The weights over the whole feature vector and the bias of a linear binary model (its raw score).</summary>
    /// <exception cref="NotSupportedException">The model is not linear.</exception>
    public static (float[] Weights, float Bias) Binary(ITransformer model, int dimension)
    {
        var parameters = (model as ISingleFeaturePredictionTransformer<object>)?.Model switch
        {
            LinearBinaryModelParameters linear => linear,
            CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated => calibrated.SubModel,
            var other => throw new NotSupportedException($"Only linear binary models can be exported, not {other?.GetType().Name ?? model.GetType().Name}."),
        };
        var weights = new float[dimension];
        var i = 0;
        foreach (var weight in parameters.Weights)
        {
            weights[i++] = weight;
        }

        return (weights, parameters.Bias);
    }

    /// <summary>The per-class weights and biases of a maximum entropy model, in key order.</summary>
    public static LabelModel Multiclass(ITransformer model, int dimension)
    {
        var parameters = (model as ISingleFeaturePredictionTransformer<object>)?.Model as MaximumEntropyModelParameters
            ?? throw new NotSupportedException($"Only maximum entropy label models can be exported, not {model.GetType().Name}.");
        VBuffer<float>[] buffers = [];
        parameters.GetWeights(ref buffers, out var classes);
        var weights = new List<float[]>(classes);
        for (var c = 0; c < classes; c++)
        {
            var dense = new float[dimension];
            buffers[c].CopyTo(dense);
            weights.Add(dense);
        }

        return new LabelModel(weights, [.. parameters.GetBiases()]);
    }
}
