using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Tests.Classification;

public sealed class PlattCalibrationTests
{
    [Fact]
    public void Fit_KnownRatesAtTwoScores_ProbabilitiesMatchTheRates()
    {
        // At score -1 one post in five is misinformation, at +1 four in five.
        var scores = new List<double>();
        var labels = new List<bool>();
        for (var i = 0; i < 500; i++)
        {
            scores.Add(-1);
            labels.Add(i % 5 == 0);
            scores.Add(1);
            labels.Add(i % 5 != 0);
        }

        var calibration = PlattCalibration.Fit(scores, labels);

        Assert.Equal(0.2, calibration.Probability(-1), 2);
        Assert.Equal(0.8, calibration.Probability(1), 2);
        Assert.True(calibration.Probability(3) > calibration.Probability(1));
    }

    [Fact]
    public void Fit_MismatchedLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => PlattCalibration.Fit([1.0, 2.0], [true]));
    }
}
