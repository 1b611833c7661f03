namespace Assistant.Monitoring.Classification;

/// <summary>Assigns items to k folds, shuffled with a seed, each class spread evenly over the folds.</summary>
internal static class StratifiedFolds
{
    public static int[] Assign<T>(IReadOnlyList<T> classes, int folds, int seed)
        where T : notnull
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var random = new Random(seed);
        var order = Enumerable.Range(0, classes.Count).ToArray();
        random.Shuffle(order);
        var assignment = new int[classes.Count];
        var next = new Dictionary<T, int>();
        foreach (var index in order)
        {
            var position = next.GetValueOrDefault(classes[index]);
            assignment[index] = position % folds;
            next[classes[index]] = position + 1;
        }

        return assignment;
    }
}
