using Microsoft.ML.Data;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Reusable buffers for featurising one post at a time: term counts of the current block and the weighted totals
/// of the whole vector, each dense with a list of touched slots so that clearing costs only what was used.
/// Not thread-safe: one per thread (the classifier pools them).
/// </summary>
internal sealed class FeatureScratch(int hashSize)
{
    private static readonly float[] SublinearTable = Enumerable.Range(0, 256).Select(tf => tf == 0 ? 0f : 1f + MathF.Log(tf)).ToArray();

    private readonly float[] counts = new float[hashSize];
    private readonly float[] totals = new float[hashSize];
    private int[] blockTouched = new int[512];
    private int blockCount;
    private int[] touched = new int[2048];
    private int touchedCount;

    /// <summary>Counts one occurrence of a hashed term in the current block.</summary>
    public void Add(int index)
    {
        if (counts[index]++ == 0)
        {
            Push(ref blockTouched, ref blockCount, index);
        }
    }

    /// <summary>Weights the current block (TF, IDF), L2-normalises it and adds it to the vector.</summary>
    public void EndBlock(float[]? idf, bool sublinearTf)
    {
        var sumOfSquares = 0.0;
        for (var i = 0; i < blockCount; i++)
        {
            var index = blockTouched[i];
            var tf = counts[index];
            var weight = (sublinearTf ? Sublinear(tf) : tf) * (idf is null ? 1f : idf[index]);
            counts[index] = weight;
            sumOfSquares += weight * weight;
        }

        var scale = sumOfSquares > 0 ? (float)(1 / Math.Sqrt(sumOfSquares)) : 0f;
        for (var i = 0; i < blockCount; i++)
        {
            var index = blockTouched[i];
            var weight = counts[index] * scale;
            counts[index] = 0;
            if (weight == 0)
            {
                continue;
            }

            if (totals[index] == 0)
            {
                Push(ref touched, ref touchedCount, index);
            }

            totals[index] += weight;
        }

        blockCount = 0;
    }

    /// <summary>The sparse vector of everything added since the last call, with the meta features at the end.</summary>
    public VBuffer<float> ToVector(int dimension, ReadOnlySpan<float> meta)
    {
        var slots = touched.AsSpan(0, touchedCount);
        slots.Sort();
        var nonZeroMeta = 0;
        foreach (var value in meta)
        {
            nonZeroMeta += value != 0 ? 1 : 0;
        }

        var indices = new int[touchedCount + nonZeroMeta];
        var values = new float[indices.Length];
        var n = 0;
        foreach (var index in slots)
        {
            indices[n] = index;
            values[n++] = totals[index];
            totals[index] = 0;
        }

        var metaStart = dimension - meta.Length;
        for (var i = 0; i < meta.Length; i++)
        {
            if (meta[i] != 0)
            {
                indices[n] = metaStart + i;
                values[n++] = meta[i];
            }
        }

        touchedCount = 0;
        return new VBuffer<float>(dimension, indices.Length, values, indices);
    }

    private static float Sublinear(float tf) => tf < SublinearTable.Length ? SublinearTable[(int)tf] : 1f + MathF.Log(tf);

    private static void Push(ref int[] list, ref int count, int value)
    {
        if (count == list.Length)
        {
            Array.Resize(ref list, list.Length * 2);
        }

        list[count++] = value;
    }
}
