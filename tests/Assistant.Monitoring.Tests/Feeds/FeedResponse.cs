using System.Text;

namespace Assistant.Monitoring.Tests.Feeds;

/// <summary>What <see cref="FeedServer"/> answers on one path.</summary>
public sealed record FeedResponse(byte[] Body, int Status = 200, string ContentType = "application/rss+xml; charset=utf-8")
{
    /// <summary>ETag sent with the document; a request with a matching If-None-Match gets 304.</summary>
    public string? ETag { get; init; }

    /// <summary>Last-Modified sent with the document; a request with the same If-Modified-Since gets 304.</summary>
    public string? LastModified { get; init; }

    /// <summary>Sends Content-Length (false: chunked, so the client learns the size only by reading).</summary>
    public bool SendLength { get; init; } = true;

    /// <summary>Never answers (until the client gives up).</summary>
    public bool Hang { get; init; }

    /// <summary>A UTF-8 text body.</summary>
    public static FeedResponse Text(string body, int status = 200, string contentType = "application/rss+xml; charset=utf-8") =>
        new(Encoding.UTF8.GetBytes(body), status, contentType);

    /// <summary>A file of <c>TestData/Feeds</c>, optionally turned into another Unicode form.</summary>
    public static FeedResponse File(string name, NormalizationForm form = NormalizationForm.FormC) =>
        Text(ReadFile(name).Normalize(form), contentType: name.StartsWith("atom", StringComparison.Ordinal) ? "application/atom+xml" : "application/rss+xml; charset=utf-8");

    /// <summary>The text of a file of <c>TestData/Feeds</c>.</summary>
    public static string ReadFile(string name) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Feeds", name));
}
