using Microsoft.ML;

namespace Assistant.Monitoring.Classification;

/// <summary>One misinformation-vs-rest ML.NET model and the Platt scaling of its raw score.</summary>
internal sealed record CalibratedBinaryModel(BinaryLearner Learner, ITransformer Model, PlattCalibration Calibration);
