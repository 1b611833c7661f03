using Assistant.Core.Monitoring;
using System.Text;
using System.Text.Json.Nodes;
using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Tests.Classification;

public sealed class TrainedClassifierTests(TrainedClassifierFixture fixture) : IClassFixture<TrainedClassifierFixture>
{
    private static readonly string[] Probes =
    [
        "NÓNG!!! Chia sẻ gấp: Sở bãi bỏ Nghị quyết 71, học sinh phải nộp phí 10 triệu, không nộp bị đuổi học!!!",
        "Sở Giáo dục và Đào tạo chủ trì tổ chức quán triệt kế hoạch thực hiện Nghị quyết 71 đến các trường.",
        "Công thức nấu canh chua cá lóc với me, thơm, cà chua và rau ngổ.",
        "nong!!! chia se gap: truong hoc dong cua, hoc phi tang gap doi!!!",
        "Thủy thủ hoá đơn khuyến mãi",
    ];

    private TrainedClassifier Classifier => fixture.Classifier;

    [Fact]
    public void Classify_NfdAndNfcInput_ScoreExactlyTheSame()
    {
        var accented = Probes.Where(p => p.Normalize(NormalizationForm.FormC) != p.Normalize(NormalizationForm.FormD)).ToList();
        Assert.Equal(Probes.Length - 1, accented.Count);
        foreach (var probe in accented)
        {
            var nfc = Classifier.Classify(probe.Normalize(NormalizationForm.FormC));
            var nfd = Classifier.Classify(probe.Normalize(NormalizationForm.FormD));

            Assert.Equal(nfc.MisinformationProbability, nfd.MisinformationProbability);
            Assert.Equal(nfc.Label, nfd.Label);
            Assert.Equal(nfc.Probabilities, nfd.Probabilities);
        }
    }

    [Fact]
    public void Classify_ObviousPosts_Separated()
    {
        var rumour = Classifier.Classify(Probes[0]);
        var official = Classifier.Classify(Probes[1]);
        var recipe = Classifier.Classify(Probes[2]);
        var unaccentedRumour = Classifier.Classify(Probes[3]);

        Assert.Equal(PostLabel.Misinformation, rumour.Label);
        Assert.Equal(PostLabel.Accurate, official.Label);
        Assert.Equal(PostLabel.Unrelated, recipe.Label);
        Assert.Equal(PostLabel.Misinformation, unaccentedRumour.Label);
        Assert.True(rumour.MisinformationProbability > official.MisinformationProbability);
        Assert.True(rumour.MisinformationProbability > recipe.MisinformationProbability);
    }

    [Fact]
    public void Classify_AnyPost_ProbabilitiesOfAllLabelsSumToOne()
    {
        var result = Classifier.Classify(Probes[1]);

        Assert.Equal(PostLabel.All.Order(StringComparer.Ordinal), result.Probabilities.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1.0, result.Probabilities.Values.Sum(), 9);
        Assert.Equal(result.MisinformationProbability, result.Probabilities[PostLabel.Misinformation]);
        Assert.Equal(result.Probabilities.MaxBy(p => p.Value).Key, result.Label);
    }

    [Fact]
    public void ClassifyBatch_SameTexts_EqualsOneByOne()
    {
        var batch = Classifier.ClassifyBatch(Probes, TestContext.Current.CancellationToken);

        for (var i = 0; i < Probes.Length; i++)
        {
            var single = Classifier.Classify(Probes[i]);
            Assert.Equal(single.Label, batch[i].Label);
            Assert.Equal(single.MisinformationProbability, batch[i].MisinformationProbability, 12);
        }
    }

    [Fact]
    public void Classify_ManyThreadsAtOnce_SameAsSerial()
    {
        var texts = Enumerable.Range(0, 400).Select(i => Probes[i % Probes.Length] + " " + i).ToArray();
        var serial = texts.Select(t => Classifier.Classify(t).MisinformationProbability).ToArray();
        var concurrent = new double[texts.Length];

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => concurrent[i] = Classifier.Classify(texts[i]).MisinformationProbability);
        var batches = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(_ => Classifier.ClassifyBatch(texts, TestContext.Current.CancellationToken)).ToList();

        Assert.Equal(serial, concurrent);
        foreach (var batch in batches)
        {
            Assert.Equal(serial.Length, batch.Count);
            for (var i = 0; i < serial.Length; i++)
            {
                Assert.Equal(serial[i], batch[i].MisinformationProbability, 12);
            }
        }
    }

    [Fact]
    public void SaveThenLoad_SameTexts_IdenticalScores()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"classifier-{Guid.NewGuid():N}", "model.zip");
        try
        {
            Classifier.Save(path);
            using var loaded = TrainedClassifier.Load(path);

            Assert.Equal(Classifier.Labels, loaded.Labels);
            Assert.Equal(Classifier.TrainingPostCount, loaded.TrainingPostCount);
            foreach (var probe in Probes)
            {
                var before = Classifier.Classify(probe);
                var after = loaded.Classify(probe);
                Assert.Equal(before.Label, after.Label);
                Assert.Equal(before.Probabilities, after.Probabilities);
            }
        }
        finally
        {
            Directory.Delete(System.IO.Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Load_FormatOneModel_ThrowsInvalidDataAskingToRetrain()
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            using (var archive = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
            {
                using var writer = new StreamWriter(archive.CreateEntry("manifest.json").Open());
                writer.Write("""{"formatVersion":1,"labels":["misinformation","accurate"],"binary":[{"learner":"LinearSvm","plattA":-1,"plattB":0,"entry":"models/misinformation-0.zip"}],"hasLabelModel":false,"trainingPostCount":10}""");
            }

            var error = Assert.Throws<InvalidDataException>(() => TrainedClassifier.Load(path));

            Assert.Contains("format 1", error.Message, StringComparison.Ordinal);
            Assert.Contains("Retrain", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_FormatTwoModel_ScoresWithCharNgramsOfBothViewsOnWholeTexts()
    {
        var formatTwo = TestPosts.Settings.Featurizer with { CharNgramViews = CharNgramViews.Both, MaxTextLength = 0 };
        using var original = new PostClassifierTrainer(TestPosts.Settings with { Featurizer = formatTwo }).Train(TestPosts.All);
        var path = System.IO.Path.GetTempFileName();
        try
        {
            original.Save(path);
            using (var archive = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
            {
                var entry = archive.GetEntry("manifest.json")!;
                JsonObject manifest;
                using (var stream = entry.Open())
                {
                    manifest = JsonNode.Parse(stream)!.AsObject();
                }

                manifest["formatVersion"] = 2;
                var featurizer = manifest["featurizer"]!.AsObject();
                Assert.True(featurizer.Remove("charNgramViews"));
                Assert.True(featurizer.Remove("maxTextLength"));
                entry.Delete();
                using var writer = new StreamWriter(archive.CreateEntry("manifest.json").Open());
                writer.Write(manifest.ToJsonString());
            }

            using var loaded = TrainedClassifier.Load(path);

            Assert.Equal(formatTwo, loaded.FeaturizerSettings);
            foreach (var probe in Probes.Append(string.Join(' ', Enumerable.Repeat(Probes[0], 200))))
            {
                Assert.Equal(original.Classify(probe).Probabilities, loaded.Classify(probe).Probabilities);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a zip");

            Assert.Throws<InvalidDataException>(() => TrainedClassifier.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
