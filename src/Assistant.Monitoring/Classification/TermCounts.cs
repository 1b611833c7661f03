namespace Assistant.Monitoring.Classification;

/// <summary>
/// Term counts of one block of one post: a small open-addressing table keyed by hashed slot, grown as needed and
/// cleared in time proportional to what was used, so featurising never touches a table the size of the hashed space.
/// Not thread-safe.
/// </summary>
internal sealed class TermCounts
{
    /// <summary>Pairs (slot + 1, count) side by side, so a probe touches one cache line; key 0 is empty.</summary>
    private int[] entries = new int[2048];
    private int[] used = new int[512];
    private int mask = 1023;

    /// <summary>How many distinct slots the block has.</summary>
    public int Count { get; private set; }

    /// <summary>The slot of the <paramref name="i"/>-th distinct term.</summary>
    public int SlotAt(int i) => entries[2 * used[i]] - 1;

    /// <summary>How often the <paramref name="i"/>-th distinct term occurred.</summary>
    public int CountAt(int i) => entries[(2 * used[i]) + 1];

    /// <summary>Counts one occurrence of a slot.</summary>
    public void Add(int slot)
    {
        var key = slot + 1;
        var at = slot & mask;
        while (true)
        {
            var k = entries[2 * at];
            if (k == key)
            {
                entries[(2 * at) + 1]++;
                return;
            }

            if (k == 0)
            {
                entries[2 * at] = key;
                entries[(2 * at) + 1] = 1;
                used[Count++] = at;
                if (Count > (mask >> 1))
                {
                    Grow();
                }

                return;
            }

            at = (at + 1) & mask;
        }
    }

    /// <summary>Empties the table.</summary>
    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            entries[2 * used[i]] = 0;
        }

        Count = 0;
    }

    private void Grow()
    {
        var old = entries;
        var oldUsed = used;
        var oldCount = Count;
        entries = new int[old.Length * 2];
        used = new int[old.Length / 2];
        mask = (entries.Length / 2) - 1;
        Count = 0;
        for (var i = 0; i < oldCount; i++)
        {
            var from = 2 * oldUsed[i];
            var at = (old[from] - 1) & mask;
            while (entries[2 * at] != 0)
            {
                at = (at + 1) & mask;
            }

            entries[2 * at] = old[from];
            entries[(2 * at) + 1] = old[from + 1];
            used[Count++] = at;
        }
    }
}
