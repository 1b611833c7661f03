using System.ComponentModel.DataAnnotations;

namespace Assistant.Monitoring.Intake;

/// <summary>How received posts are stored and scored (<c>Monitoring:Intake</c> section).</summary>
public sealed class IntakeOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Monitoring:Intake";

    /// <summary>Posts scored together by the background worker.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 64;

    /// <summary>Seconds between looks for unscored posts when no new post wakes the worker (also between retention sweeps).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 5;

    /// <summary>
    /// Seconds a worker holds the posts it claimed; posts still unscored after that (their worker died) are claimed again
    /// by any node. Longer than a batch's scoring takes.
    /// </summary>
    [Range(5, 86_400)]
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Largest post text accepted, in UTF-8 bytes.</summary>
    [Range(1, 16 * 1024 * 1024)]
    public int MaxTextBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest likes, shares or comments count a post may give (each); larger or negative counts are refused.</summary>
    [Range(0, 1_000_000_000)]
    public int MaxCount { get; set; } = 100_000_000;

    /// <summary>Largest batch body of <c>POST /api/posts</c>, in bytes.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBatchBytes { get; set; } = 32L * 1024 * 1024;
}
