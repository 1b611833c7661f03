using Microsoft.ML;
using Microsoft.ML.Data;

namespace Assistant.Monitoring.Classification;

/// <summary>ML.NET schemas of the featurised rows: the vector size and the class key range are only known at run time.</summary>
internal static class FeatureSchema
{
    public static SchemaDefinition ForScoring(int dimension)
    {
        var definition = SchemaDefinition.Create(typeof(FeatureRow));
        definition[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return definition;
    }

    public static SchemaDefinition ForTraining(int dimension)
    {
        var definition = SchemaDefinition.Create(typeof(TrainingRow));
        definition[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return definition;
    }

    public static IDataView Load(MLContext ml, IEnumerable<VBuffer<float>> vectors, int dimension) =>
        ml.Data.LoadFromEnumerable(vectors.Select(v => new FeatureRow { Features = v }), ForScoring(dimension));
}
