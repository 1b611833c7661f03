namespace Assistant.Monitoring.Classification;

/// <summary>
/// Reusable buffers for featurising one post at a time: the text views, the term counts of the current block,
/// the (slot, weight) pairs of a sparse vector under construction and the scores of a linear scorer.
/// Not thread-safe: one per thread (the classifier pools them).
/// </summary>
internal sealed class FeatureScratch
{
    private static readonly float[] SublinearTable = Enumerable.Range(0, 256).Select(tf => tf == 0 ? 0f : 1f + MathF.Log(tf)).ToArray();

    private int[] pairSlots = new int[1024];
    private float[] pairWeights = new float[1024];

    public TextViewBuilder Views { get; } = new();

    public TermCounts Counts { get; } = new();

    /// <summary>How many (slot, weight) pairs the vector under construction has.</summary>
    public int PairCount { get; private set; }

    public Span<int> PairSlots => pairSlots.AsSpan(0, PairCount);

    public Span<float> PairWeights => pairWeights.AsSpan(0, PairCount);

    /// <summary>Per-model accumulators of a linear scorer.</summary>
    public float[] Scores { get; set; } = [];

    /// <summary>Per-model accumulators of the current block.</summary>
    public float[] BlockScores { get; set; } = [];

    public static float TermWeight(int tf, bool sublinear) =>
        !sublinear ? tf : tf < SublinearTable.Length ? SublinearTable[tf] : 1f + MathF.Log(tf);

    public void AddPair(int slot, float weight)
    {
        if (PairCount == pairSlots.Length)
        {
            Array.Resize(ref pairSlots, PairCount * 2);
            Array.Resize(ref pairWeights, PairCount * 2);
        }

        pairSlots[PairCount] = slot;
        pairWeights[PairCount++] = weight;
    }

    public void ClearPairs() => PairCount = 0;
}
