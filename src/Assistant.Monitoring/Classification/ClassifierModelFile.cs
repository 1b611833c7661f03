using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// The layout of a saved classifier: one .zip holding <c>manifest.json</c>, <c>idf.bin</c> (the featuriser's
/// non-zero IDF slots) and each ML.NET model as saved by <c>MLContext.Model.Save</c>.
/// </summary>
internal static class ClassifierModelFile
{
    private const string ManifestEntry = "manifest.json", IdfEntry = "idf.bin", LabelModelEntry = "models/label.zip";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Write(TrainedClassifier classifier, Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var ml = classifier.Context;
        var schema = classifier.ScoringInputSchema;
        var entries = new List<ClassifierManifest.BinaryEntry>();
        for (var i = 0; i < classifier.BinaryModels.Count; i++)
        {
            var model = classifier.BinaryModels[i];
            var entry = $"models/misinformation-{i}.zip";
            WriteModel(archive, entry, ml, model.Model, schema);
            entries.Add(new ClassifierManifest.BinaryEntry(model.Learner, model.Calibration.A, model.Calibration.B, entry));
        }

        if (classifier.MulticlassModel is { } labelModel)
        {
            WriteModel(archive, LabelModelEntry, ml, labelModel, schema);
        }

        var manifest = new ClassifierManifest(
            ClassifierManifest.CurrentFormatVersion,
            classifier.Labels,
            classifier.FeaturizerSettings,
            entries,
            classifier.MulticlassModel is not null,
            classifier.TrainingPostCount);
        using (var manifestStream = archive.CreateEntry(ManifestEntry).Open())
        {
            JsonSerializer.Serialize(manifestStream, manifest, Json);
        }

        using var idfStream = archive.CreateEntry(IdfEntry, CompressionLevel.Fastest).Open();
        using var writer = new BinaryWriter(idfStream);
        var idf = classifier.Featurizer.Idf ?? throw new InvalidOperationException("The featuriser was never fitted.");
        writer.Write(idf.Length);
        writer.Write(idf.Count(v => v != 0));
        for (var i = 0; i < idf.Length; i++)
        {
            if (idf[i] != 0)
            {
                writer.Write(i);
                writer.Write(idf[i]);
            }
        }
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
            var idf = ReadIdf(archive, manifest.Featurizer.HashSize);
            var ml = new MLContext(seed: 1);
            var binary = manifest.Binary
                .Select(b => new CalibratedBinaryModel(b.Learner, ReadModel(archive, b.Entry, ml), new PlattCalibration(b.PlattA, b.PlattB)))
                .ToList();
            var labelModel = manifest.HasLabelModel ? ReadModel(archive, LabelModelEntry, ml) : null;
            return new TrainedClassifier(ml, new PostFeaturizer(manifest.Featurizer, idf), manifest.Labels, binary, labelModel, manifest.TrainingPostCount);
        }
    }

    private static ClassifierManifest ReadManifest(ZipArchive archive)
    {
        var entry = archive.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"The classifier model has no {ManifestEntry}.");
        using var manifestStream = entry.Open();
        var manifest = JsonSerializer.Deserialize<ClassifierManifest>(manifestStream, Json)
            ?? throw new InvalidDataException($"The classifier model's {ManifestEntry} is empty.");
        if (manifest.FormatVersion != ClassifierManifest.CurrentFormatVersion)
        {
            throw new InvalidDataException($"The classifier model has format {manifest.FormatVersion}; this program reads {ClassifierManifest.CurrentFormatVersion}. Retrain it.");
        }

        return manifest;
    }

    private static float[] ReadIdf(ZipArchive archive, int hashSize)
    {
        var entry = archive.GetEntry(IdfEntry) ?? throw new InvalidDataException($"The classifier model has no {IdfEntry}.");
        using var reader = new BinaryReader(entry.Open());
        var length = reader.ReadInt32();
        if (length != hashSize)
        {
            throw new InvalidDataException($"The classifier model's IDF table has {length} slots; its settings need {hashSize}.");
        }

        var idf = new float[length];
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var index = reader.ReadInt32();
            idf[index] = reader.ReadSingle();
        }

        return idf;
    }

    private static void WriteModel(ZipArchive archive, string entry, MLContext ml, ITransformer model, DataViewSchema schema)
    {
        using var buffer = new MemoryStream();
        ml.Model.Save(model, schema, buffer);
        using var target = archive.CreateEntry(entry, CompressionLevel.NoCompression).Open();
        buffer.Position = 0;
        buffer.CopyTo(target);
    }

    private static ITransformer ReadModel(ZipArchive archive, string entry, MLContext ml)
    {
        var zipEntry = archive.GetEntry(entry) ?? throw new InvalidDataException($"The classifier model has no {entry}.");
        using var source = zipEntry.Open();
        using var buffer = new MemoryStream();
        source.CopyTo(buffer);
        buffer.Position = 0;
        return ml.Model.Load(buffer, out _);
    }
}
