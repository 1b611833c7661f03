namespace Assistant.Evaluation.Qa;

/// <summary>One gold question set of a run over several sets: its label, its file and its results.</summary>
/// <param name="Label">Short name in reports and metric prefixes: the file name without extension, with its folder when two sets share a name.</param>
/// <param name="InputPath">The gold file as given.</param>
/// <param name="Run">Its results.</param>
public sealed record QaSet(string Label, string InputPath, QaRun Run)
{
    /// <summary>
    /// One label per path, in order: the file name without extension ("questions"), or "folder/name" when another path has the
    /// same file name ("eval/questions", "citizen-dev/questions"), then a number when that is still ambiguous.
    /// </summary>
    public static IReadOnlyList<string> Labels(IReadOnlyList<string> paths)
    {
        var stems = paths.Select(Path.GetFileNameWithoutExtension).ToList();
        var labels = paths.Select((path, i) => stems.Count(s => s == stems[i]) == 1
            ? stems[i]!
            : $"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))}/{stems[i]}").ToList();
        return [.. labels.Select((label, i) => labels.Count(l => l == label) == 1 ? label : $"{label}-{labels.Take(i + 1).Count(l => l == label)}")];
    }
}
