using Microsoft.ML.Data;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Turns a post into a sparse TF-IDF vector: word unigrams and bigrams and character n-grams, on the lower-cased
/// text with diacritics and on its folded form, hashed into one space, plus meta features. NFC and NFD spellings
/// of a text give the same vector (the text is normalised first). Thread-safe; callers bring a scratch each.
/// </summary>
internal sealed class PostFeaturizer
{
    private const uint AccentedWords = 0x1B873593, FoldedWords = 0x5C4BCEA9, AccentedChars = 0x27D4EB2F, FoldedChars = 0x165667B1;
    private const uint FnvPrime = 16777619;

    private readonly float[]? idf;
    private readonly int mask;

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
    }

    public FeaturizerSettings Settings { get; }

    /// <summary>The IDF of each hashed slot (0 for slots dropped or never seen), or null before fitting.</summary>
    public float[]? Idf => idf;

    public int Dimension => Settings.Dimension;

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

    public FeatureScratch CreateScratch() => new(Settings.HashSize);

    public VBuffer<float> Featurize(string text, FeatureScratch scratch)
    {
        var views = TextViews.Create(text);
        if (Settings.AccentedView)
        {
            AddBlocks(views.Accented, AccentedWords, AccentedChars, scratch);
        }

        if (Settings.FoldedView)
        {
            AddBlocks(views.Folded, FoldedWords, FoldedChars, scratch);
        }

        Span<float> meta = stackalloc float[MetaFeatures.Count];
        if (Settings.MetaWeight > 0)
        {
            MetaFeatures.Compute(views, meta);
            foreach (ref var value in meta)
            {
                value *= Settings.MetaWeight;
            }
        }

        return scratch.ToVector(Dimension, meta);
    }

    private void AddBlocks(string view, uint wordSeed, uint charSeed, FeatureScratch scratch)
    {
        AddWords(view, wordSeed, scratch);
        scratch.EndBlock(idf, Settings.SublinearTf);
        if (Settings.CharNgramMax > 0)
        {
            AddCharNgrams(view, charSeed, scratch);
            scratch.EndBlock(idf, Settings.SublinearTf);
        }
    }

    private void AddWords(string view, uint seed, FeatureScratch scratch)
    {
        var previous = 0u;
        var hasPrevious = false;
        var i = 0;
        while (i < view.Length)
        {
            if (!char.IsLetterOrDigit(view[i]))
            {
                i++;
                continue;
            }

            var hash = seed;
            while (i < view.Length && char.IsLetterOrDigit(view[i]))
            {
                hash = (hash ^ view[i]) * FnvPrime;
                i++;
            }

            hash = Mix(hash);
            scratch.Add((int)(hash & (uint)mask));
            if (Settings.WordBigrams && hasPrevious)
            {
                scratch.Add((int)(Mix((previous * 0x9E3779B1) + hash + seed) & (uint)mask));
            }

            previous = hash;
            hasPrevious = true;
        }
    }

    private void AddCharNgrams(string view, uint seed, FeatureScratch scratch)
    {
        var min = Settings.CharNgramMin;
        var max = Settings.CharNgramMax;
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
                    scratch.Add((int)(Mix(hash + (uint)length) & (uint)mask));
                }
            }
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
}
