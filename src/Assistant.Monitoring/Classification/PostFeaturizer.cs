using System.Numerics;
using Microsoft.ML.Data;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Turns a post into TF-IDF features: word unigrams and bigrams and character n-grams, on the lower-cased text with
/// diacritics and on its folded form, hashed into one space, plus meta features. Every block (words or characters
/// of one view) is weighted and L2-normalised on its own. NFC and NFD spellings of a text give the same features
/// (the text is normalised first). Hashing runs over the view buffers without substrings; counts live in a small
/// per-post table. Thread-safe; callers bring a scratch each.
/// </summary>
internal sealed class PostFeaturizer
{
    private const uint AccentedWords = 0x1B873593, FoldedWords = 0x5C4BCEA9, AccentedChars = 0x27D4EB2F, FoldedChars = 0x165667B1;
    private const uint FnvPrime = 16777619;

    private readonly float[]? idf;
    private readonly int mask;

    /// <summary>
    /// Per 64 slots: how many slots before them have a non-zero IDF (all do before fitting), then the bit set of
    /// those that do. Other slots are never counted; the rank numbers the known slots for <see cref="LinearScorer"/>.
    /// </summary>
    private readonly ulong[] known;

    public PostFeaturizer(FeaturizerSettings settings, float[]? idf)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.HashBits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.HashBits, 24);
        if (idf is not null && idf.Length != settings.HashSize)
        {
            throw new ArgumentException($"The IDF table has {idf.Length} slots; the settings need {settings.HashSize}.", nameof(idf));
        }

        Settings = settings;
        this.idf = idf;
        mask = settings.HashSize - 1;
        known = new ulong[2 * (settings.HashSize / 64)];
        var count = 0;
        for (var slot = 0; slot < settings.HashSize; slot++)
        {
            if ((slot & 63) == 0)
            {
                known[2 * (slot >> 6)] = (ulong)count;
            }

            if (idf is null || idf[slot] != 0)
            {
                known[(2 * (slot >> 6)) + 1] |= 1UL << slot;
                count++;
            }
        }

        KnownSlotCount = count;
    }

    public FeaturizerSettings Settings { get; }

    /// <summary>The IDF of each hashed slot (0 for slots dropped or never seen), or null before fitting.</summary>
    public float[]? Idf => idf;

    public int Dimension => Settings.Dimension;

    /// <summary>How many slots have a non-zero IDF (the only slots counted).</summary>
    public int KnownSlotCount { get; }

    /// <summary>Learns the document frequencies of the training texts.</summary>
    public static PostFeaturizer Fit(FeaturizerSettings settings, IReadOnlyList<string> texts)
    {
        var counting = new PostFeaturizer(settings with { SublinearTf = false }, null);
        var scratch = counting.CreateScratch();
        var documentFrequency = new int[settings.HashSize];
        foreach (var text in texts)
        {
            var vector = counting.Featurize(text, scratch);
            foreach (var index in vector.GetIndices())
            {
                if (index < documentFrequency.Length)
                {
                    documentFrequency[index]++;
                }
            }
        }

        var table = new float[settings.HashSize];
        var n = texts.Count;
        for (var i = 0; i < table.Length; i++)
        {
            var df = documentFrequency[i];
            if (df == 0 || df < settings.MinDocumentFrequency)
            {
                continue;
            }

            table[i] = settings.UseIdf ? MathF.Log((1f + n) / (1f + df)) + 1f : 1f;
        }

        return new PostFeaturizer(settings, table);
    }

    public FeatureScratch CreateScratch() => new();

    /// <summary>The sparse feature vector of a post (for training; scoring goes through <see cref="LinearScorer"/>).</summary>
    public VBuffer<float> Featurize(string text, FeatureScratch scratch)
    {
        var sink = new VectorSink(scratch, idf, Settings.SublinearTf);
        scratch.ClearPairs();
        Walk(text, scratch, ref sink);
        var slots = scratch.PairSlots;
        var weights = scratch.PairWeights;
        slots.Sort(weights);
        var distinct = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (distinct > 0 && slots[distinct - 1] == slots[i])
            {
                weights[distinct - 1] += weights[i];
            }
            else
            {
                slots[distinct] = slots[i];
                weights[distinct++] = weights[i];
            }
        }

        var nonZeroMeta = 0;
        foreach (var value in sink.MetaValues)
        {
            nonZeroMeta += value != 0 ? 1 : 0;
        }

        var indices = new int[distinct + nonZeroMeta];
        var values = new float[indices.Length];
        slots[..distinct].CopyTo(indices);
        weights[..distinct].CopyTo(values);
        var n = distinct;
        var metaStart = Dimension - MetaFeatures.Count;
        for (var i = 0; i < sink.MetaValues.Length; i++)
        {
            if (sink.MetaValues[i] != 0)
            {
                indices[n] = metaStart + i;
                values[n++] = sink.MetaValues[i];
            }
        }

        return new VBuffer<float>(Dimension, indices.Length, values, indices);
    }

    /// <summary>Builds the views of the text and hands each block's term counts, then the meta features, to the sink.</summary>
    internal void Walk<TSink>(string text, FeatureScratch scratch, ref TSink sink)
        where TSink : struct, IBlockSink
    {
        var views = scratch.Views;
        views.Build(text);
        if (Settings.AccentedView)
        {
            AddBlocks(Truncate(views.Accented), AccentedWords, AccentedChars, Settings.CharNgramViews.HasFlag(CharNgramViews.Accented), scratch.Counts, ref sink);
        }

        if (Settings.FoldedView)
        {
            AddBlocks(Truncate(views.Folded), FoldedWords, FoldedChars, Settings.CharNgramViews.HasFlag(CharNgramViews.Folded), scratch.Counts, ref sink);
        }

        Span<float> meta = stackalloc float[MetaFeatures.Count];
        if (Settings.MetaWeight > 0)
        {
            MetaFeatures.Compute(views.Normalized, views.Accented, views.ZeroWidthCount, meta);
            foreach (ref var value in meta)
            {
                value *= Settings.MetaWeight;
            }
        }

        sink.Meta(meta);
    }

    /// <summary>The view cut to <see cref="FeaturizerSettings.MaxTextLength"/>, after the last space that fits.</summary>
    private ReadOnlySpan<char> Truncate(ReadOnlySpan<char> view)
    {
        var max = Settings.MaxTextLength;
        if (max <= 0 || view.Length <= max)
        {
            return view;
        }

        var space = view[..max].LastIndexOf(' ');
        return space > 0 ? view[..(space + 1)] : view[..max];
    }

    private void AddBlocks<TSink>(ReadOnlySpan<char> view, uint wordSeed, uint charSeed, bool charNgrams, TermCounts counts, ref TSink sink)
        where TSink : struct, IBlockSink
    {
        AddWords(view, wordSeed, counts);
        sink.EndBlock(counts);
        counts.Clear();
        if (charNgrams && Settings.CharNgramMax > 0)
        {
            AddCharNgrams(view, charSeed, counts);
            sink.EndBlock(counts);
            counts.Clear();
        }
    }

    private void AddWords(ReadOnlySpan<char> view, uint seed, TermCounts counts)
    {
        var previous = 0u;
        var hasPrevious = false;
        var i = 0;
        var slotMask = (uint)mask;
        while (i < view.Length)
        {
            if (!TextViewBuilder.IsLetterOrDigit(view[i]))
            {
                i++;
                continue;
            }

            var hash = seed;
            while (i < view.Length && TextViewBuilder.IsLetterOrDigit(view[i]))
            {
                hash = (hash ^ view[i]) * FnvPrime;
                i++;
            }

            hash = Mix(hash);
            AddKnown((int)(hash & slotMask), counts);
            if (Settings.WordBigrams && hasPrevious)
            {
                AddKnown((int)(Mix((previous * 0x9E3779B1) + hash + seed) & slotMask), counts);
            }

            previous = hash;
            hasPrevious = true;
        }
    }

    private void AddCharNgrams(ReadOnlySpan<char> view, uint seed, TermCounts counts)
    {
        var min = Settings.CharNgramMin;
        var max = Settings.CharNgramMax;
        var slotMask = (uint)mask;
        for (var start = 0; start < view.Length; start++)
        {
            var hash = seed;
            var end = Math.Min(view.Length, start + max);
            for (var i = start; i < end; i++)
            {
                hash = (hash ^ view[i]) * FnvPrime;
                var length = i - start + 1;
                if (length >= min)
                {
                    AddKnown((int)(Mix(hash + (uint)length) & slotMask), counts);
                }
            }
        }
    }

    /// <summary>The rank of a known slot among the known slots, in slot order (0 to <see cref="KnownSlotCount"/> - 1).</summary>
    internal int KnownIndex(int slot)
    {
        var word = 2 * (slot >> 6);
        return (int)known[word] + BitOperations.PopCount(known[word + 1] & ((1UL << slot) - 1));
    }

    private void AddKnown(int slot, TermCounts counts)
    {
        if ((known[(2 * (slot >> 6)) + 1] & (1UL << slot)) != 0)
        {
            counts.Add(slot);
        }
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>Collects the weighted, normalised blocks as (slot, weight) pairs in the scratch.</summary>
    private struct VectorSink(FeatureScratch scratch, float[]? idf, bool sublinear) : IBlockSink
    {
        public float[] MetaValues { get; private set; } = [];

        public readonly void EndBlock(TermCounts counts)
        {
            var start = scratch.PairCount;
            var sumOfSquares = 0.0;
            for (var i = 0; i < counts.Count; i++)
            {
                var slot = counts.SlotAt(i);
                var weight = FeatureScratch.TermWeight(counts.CountAt(i), sublinear) * (idf is null ? 1f : idf[slot]);
                if (weight != 0)
                {
                    scratch.AddPair(slot, weight);
                    sumOfSquares += weight * weight;
                }
            }

            var scale = sumOfSquares > 0 ? (float)(1 / Math.Sqrt(sumOfSquares)) : 0f;
            var weights = scratch.PairWeights;
            for (var i = start; i < weights.Length; i++)
            {
                weights[i] *= scale;
            }
        }

        public void Meta(ReadOnlySpan<float> meta) => MetaValues = meta.ToArray();
    }
}
