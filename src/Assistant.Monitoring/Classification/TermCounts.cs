namespace Assistant.Monitoring.Classification;

/// <summary>
/// Term counts of one block of one post: a small open-addressing table keyed by hashed slot, grown as needed and
/// cleared in time proportional to what was used, so featurising never touches a table the size of the hashed space.
/// Not thread-safe.
/// </summary>
internal sealed class TermCounts
{
    private int[] keys = new int[1024];
    private int[] counts = new int[1024];
    private int[] used = new int[512];
    private int mask = 1023;

    /// <summary>How many distinct slots the block has.</summary>
    public int Count { get; private set; }

    /// <summary>The slot of the <paramref name="i"/>-th distinct term.</summary>
    public int SlotAt(int i) => keys[used[i]] - 1;

    /// <summary>How often the <paramref name="i"/>-th distinct term occurred.</summary>
    public int CountAt(int i) => counts[used[i]];

    /// <summary>Counts one occurrence of a slot.</summary>
    public void Add(int slot)
    {
        var key = slot + 1;
        var at = slot & mask;
        while (true)
        {
            var k = keys[at];
            if (k == key)
            {
                counts[at]++;
                return;
            }

            if (k == 0)
            {
                keys[at] = key;
                counts[at] = 1;
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
            keys[used[i]] = 0;
        }

        Count = 0;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldCounts = counts;
        var oldUsed = used;
        var oldCount = Count;
        keys = new int[oldKeys.Length * 2];
        counts = new int[keys.Length];
        used = new int[keys.Length / 2];
        mask = keys.Length - 1;
        Count = 0;
        for (var i = 0; i < oldCount; i++)
        {
            var from = oldUsed[i];
            var at = (oldKeys[from] - 1) & mask;
            while (keys[at] != 0)
            {
                at = (at + 1) & mask;
            }

            keys[at] = oldKeys[from];
            counts[at] = oldCounts[from];
            used[Count++] = at;
        }
    }
}
