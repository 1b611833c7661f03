namespace Assistant.Monitoring.Classification;

/// <summary>
/// Scores posts with every linear model of a classifier at once, straight from the featuriser's term counts:
/// one interleaved table holds, per hashed slot that has an IDF, the IDF and each model's weight (found by the
/// featuriser's rank of known slots, so the table is only as large as the vocabulary), so a term costs one
/// memory access into it and no feature vector is ever built. Equal (up to float rounding) to the models' dot
/// products with <see cref="PostFeaturizer.Featurize"/>'s vector. Thread-safe; callers bring a scratch each.
/// </summary>
internal sealed class LinearScorer
{
    private readonly PostFeaturizer featurizer;

    /// <summary>Per slot with a non-zero IDF, in slot order: the IDF, then each model's weight.</summary>
    private readonly float[] table;
    private readonly float[] metaWeights;
    private readonly float[] biases;
    private readonly int stride;

    /// <param name="featurizer">The fitted featuriser.</param>
    /// <param name="weights">Each model's weights over the whole vector (hashed slots, then meta features).</param>
    /// <param name="biases">Each model's bias.</param>
    public LinearScorer(PostFeaturizer featurizer, IReadOnlyList<float[]> weights, IReadOnlyList<float> biases)
    {
        var idf = featurizer.Idf ?? throw new ArgumentException("The featuriser was never fitted.", nameof(featurizer));
        if (weights.Count == 0 || weights.Count != biases.Count || weights.Any(w => w.Length != featurizer.Dimension))
        {
            throw new ArgumentException($"Every model needs {featurizer.Dimension} weights and a bias.", nameof(weights));
        }

        this.featurizer = featurizer;
        Columns = weights.Count;
        stride = Columns + 1;
        table = new float[featurizer.KnownSlotCount * stride];
        var at = 0;
        for (var slot = 0; slot < idf.Length; slot++)
        {
            if (idf[slot] != 0)
            {
                table[at++] = idf[slot];
                for (var j = 0; j < Columns; j++)
                {
                    table[at++] = weights[j][slot];
                }
            }
        }

        metaWeights = new float[MetaFeatures.Count * Columns];
        for (var m = 0; m < MetaFeatures.Count; m++)
        {
            for (var j = 0; j < Columns; j++)
            {
                metaWeights[(m * Columns) + j] = weights[j][idf.Length + m];
            }
        }

        this.biases = [.. biases];
    }

    /// <summary>How many models (scores) the scorer computes.</summary>
    public int Columns { get; }

    /// <summary>Writes each model's raw score (w·x + b) of the text into <paramref name="scores"/>.</summary>
    public void Score(string text, FeatureScratch scratch, Span<float> scores)
    {
        if (scratch.Scores.Length != Columns)
        {
            scratch.Scores = new float[Columns];
            scratch.BlockScores = new float[Columns];
        }

        Array.Copy(biases, scratch.Scores, Columns);
        var sink = new ScoreSink(this, scratch);
        featurizer.Walk(text, scratch, ref sink);
        scratch.Scores.AsSpan().CopyTo(scores);
    }

    private readonly struct ScoreSink(LinearScorer scorer, FeatureScratch scratch) : IBlockSink
    {
        public void EndBlock(TermCounts counts)
        {
            var table = scorer.table;
            var stride = scorer.stride;
            var sublinear = scorer.featurizer.Settings.SublinearTf;
            var block = scratch.BlockScores;
            Array.Clear(block);
            var sumOfSquares = 0.0;
            if (stride == 2)
            {
                var dot = 0f;
                for (var i = 0; i < counts.Count; i++)
                {
                    var at = scorer.featurizer.KnownIndex(counts.SlotAt(i)) * 2;
                    var weight = FeatureScratch.TermWeight(counts.CountAt(i), sublinear) * table[at];
                    sumOfSquares += weight * weight;
                    dot += weight * table[at + 1];
                }

                block[0] = dot;
            }
            else
            {
                for (var i = 0; i < counts.Count; i++)
                {
                    var at = scorer.featurizer.KnownIndex(counts.SlotAt(i)) * stride;
                    var weight = FeatureScratch.TermWeight(counts.CountAt(i), sublinear) * table[at];
                    sumOfSquares += weight * weight;
                    for (var j = 0; j < block.Length; j++)
                    {
                        block[j] += weight * table[at + 1 + j];
                    }
                }
            }

            var scale = sumOfSquares > 0 ? (float)(1 / Math.Sqrt(sumOfSquares)) : 0f;
            var scores = scratch.Scores;
            for (var j = 0; j < block.Length; j++)
            {
                scores[j] += block[j] * scale;
            }
        }

        public void Meta(ReadOnlySpan<float> meta)
        {
            var columns = scorer.Columns;
            var scores = scratch.Scores;
            for (var m = 0; m < meta.Length; m++)
            {
                if (meta[m] != 0)
                {
                    for (var j = 0; j < columns; j++)
                    {
                        scores[j] += meta[m] * scorer.metaWeights[(m * columns) + j];
                    }
                }
            }
        }
    }
}
