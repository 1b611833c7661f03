namespace Assistant.Monitoring.Classification;

/// <summary>
/// One misinformation-vs-rest linear model: its learner, weights over the feature vector (hashed slots then meta
/// features), bias, and the Platt scaling of its raw score.
/// </summary>
internal sealed record CalibratedBinaryModel(BinaryLearner Learner, float[] Weights, float Bias, PlattCalibration Calibration);
