using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// The layout of a saved classifier: one .zip holding <c>manifest.json</c>, <c>idf.bin</c> (the featuriser's
/// non-zero IDF slots) and <c>weights.bin</c> (each linear model's non-zero weights: the misinformation models,
/// then the label model's classes). Format 2 files still load (with the featurisation they were trained with);
/// files of other format versions are rejected with a request to retrain.
/// </summary>
internal static class ClassifierModelFile
{
    private const string ManifestEntry = "manifest.json", IdfEntry = "idf.bin", WeightsEntry = "weights.bin";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Write(TrainedClassifier classifier, Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var manifest = new ClassifierManifest(
            ClassifierManifest.CurrentFormatVersion,
            classifier.Labels,
            classifier.FeaturizerSettings,
            classifier.BinaryModels.Select(b => new ClassifierManifest.BinaryEntry(b.Learner, b.Bias, b.Calibration.A, b.Calibration.B)).ToList(),
            classifier.LabelModel?.Biases,
            classifier.TrainingPostCount);
        using (var manifestStream = archive.CreateEntry(ManifestEntry).Open())
        {
            JsonSerializer.Serialize(manifestStream, manifest, Json);
        }

        var idf = classifier.Featurizer.Idf ?? throw new InvalidOperationException("The featuriser was never fitted.");
        WriteSparse(archive, IdfEntry, [idf]);
        WriteSparse(archive, WeightsEntry, [.. classifier.BinaryModels.Select(b => b.Weights), .. classifier.LabelModel?.Weights ?? []]);
    }

    public static TrainedClassifier Read(Stream stream)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException("The classifier model is not a .zip file.", exception);
        }

        using (archive)
        {
            var manifest = ReadManifest(archive);
            var settings = manifest.EffectiveFeaturizer;
            var idf = ReadSparse(archive, IdfEntry, settings.HashSize, 1)[0];
            var labelClasses = manifest.LabelBiases?.Count ?? 0;
            var weights = ReadSparse(archive, WeightsEntry, settings.Dimension, manifest.Binary.Count + labelClasses);
            var binary = manifest.Binary
                .Select((b, i) => new CalibratedBinaryModel(b.Learner, weights[i], b.Bias, new PlattCalibration(b.PlattA, b.PlattB)))
                .ToList();
            var labelModel = manifest.LabelBiases is { } biases ? new LabelModel(weights[manifest.Binary.Count..], [.. biases]) : null;
            try
            {
                return new TrainedClassifier(new PostFeaturizer(settings, idf), manifest.Labels, binary, labelModel, manifest.TrainingPostCount);
            }
            catch (ArgumentException exception)
            {
                throw new InvalidDataException($"The classifier model is inconsistent: {exception.Message}", exception);
            }
        }
    }

    private static ClassifierManifest ReadManifest(ZipArchive archive)
    {
        var entry = archive.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"The classifier model has no {ManifestEntry}.");
        using var manifestStream = entry.Open();
        ClassifierManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ClassifierManifest>(manifestStream, Json);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The classifier model's {ManifestEntry} is not valid: {exception.Message}", exception);
        }

        if (manifest is null)
        {
            throw new InvalidDataException($"The classifier model's {ManifestEntry} is empty.");
        }

        if (manifest.FormatVersion is < ClassifierManifest.OldestReadableFormatVersion or > ClassifierManifest.CurrentFormatVersion)
        {
            throw new InvalidDataException(
                $"The classifier model has format {manifest.FormatVersion}; this program reads formats {ClassifierManifest.OldestReadableFormatVersion} to {ClassifierManifest.CurrentFormatVersion}. Retrain it.");
        }

        return manifest;
    }

    /// <summary>Each vector as its length, its non-zero count and (index, value) pairs.</summary>
    private static void WriteSparse(ZipArchive archive, string entry, IReadOnlyList<float[]> vectors)
    {
        using var writer = new BinaryWriter(archive.CreateEntry(entry, CompressionLevel.Fastest).Open());
        writer.Write(vectors.Count);
        foreach (var vector in vectors)
        {
            writer.Write(vector.Length);
            writer.Write(vector.Count(v => v != 0));
            for (var i = 0; i < vector.Length; i++)
            {
                if (vector[i] != 0)
                {
                    writer.Write(i);
                    writer.Write(vector[i]);
                }
            }
        }
    }

    private static float[][] ReadSparse(ZipArchive archive, string entry, int length, int count)
    {
        var zipEntry = archive.GetEntry(entry) ?? throw new InvalidDataException($"The classifier model has no {entry}.");
        using var reader = new BinaryReader(zipEntry.Open());
        if (reader.ReadInt32() != count)
        {
            throw new InvalidDataException($"The classifier model's {entry} does not hold {count} vectors.");
        }

        var vectors = new float[count][];
        for (var v = 0; v < count; v++)
        {
            var stored = reader.ReadInt32();
            if (stored != length)
            {
                throw new InvalidDataException($"The classifier model's {entry} has a vector of {stored} values; its settings need {length}.");
            }

            var vector = new float[length];
            var nonZero = reader.ReadInt32();
            for (var i = 0; i < nonZero; i++)
            {
                var index = reader.ReadInt32();
                if ((uint)index >= (uint)length)
                {
                    throw new InvalidDataException($"The classifier model's {entry} has an index out of range.");
                }

                vector[index] = reader.ReadSingle();
            }

            vectors[v] = vector;
        }

        return vectors;
    }
}
