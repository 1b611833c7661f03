namespace Assistant.Evaluation.Posts;

/// <summary>Assigns items to k folds so each label is spread evenly (shuffled with a fixed seed, then dealt in turn).</summary>
public static class StratifiedFolds
{
    /// <summary>The fold (0 … k−1) of each item, in input order.</summary>
    public static int[] Assign(IReadOnlyList<string> labels, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var random = new Random(seed);
        var assignment = new int[labels.Count];
        var next = 0;
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (var index in members)
            {
                assignment[index] = next;
                next = (next + 1) % folds;
            }
        }

        return assignment;
    }
}
