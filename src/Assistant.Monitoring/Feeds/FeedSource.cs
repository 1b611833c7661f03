using System.ComponentModel.DataAnnotations;

namespace Assistant.Monitoring.Feeds;

/// <summary>One RSS 2.0 or Atom 1.0 feed to poll (an item of <c>Monitoring:Feeds:Sources</c>).</summary>
public sealed class FeedSource
{
    /// <summary>Short unique name; posts from the feed get the source <c>rss:&lt;Name&gt;</c>.</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary>Absolute http or https address of the feed.</summary>
    [Required]
    public string Url { get; set; } = "";

    /// <summary>Time between two polls of this feed.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The <see cref="Core.Monitoring.Post.Source"/> of the feed's posts.</summary>
    public string PostSource => "rss:" + Name.Trim();
}
