using System.Net;
using System.Net.Http.Headers;
using Assistant.Core.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Feeds;

/// <summary>
/// Downloads a feed with a conditional GET (If-None-Match / If-Modified-Since from the last download), within
/// <see cref="FeedOptions.Timeout"/> and <see cref="FeedOptions.MaxFeedBytes"/>; every failure is a <see cref="FeedException"/>.
/// </summary>
public sealed class FeedFetcher(IHttpClientFactory clients, IOptions<FeedOptions> options, TimeProvider time)
{
    /// <summary>Name of the HttpClient the fetcher uses.</summary>
    public const string HttpClientName = "feeds";

    private const string Accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    /// <summary>Downloads the feed; <paramref name="previous"/> makes the request conditional.</summary>
    public async Task<FeedDownload> FetchAsync(FeedSource source, FeedState? previous, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        if (previous?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (previous?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        try
        {
            using var response = await clients.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FeedDownload([], previous ?? new FeedState(null, null), NotModified: true);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FeedException($"the server answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength > settings.MaxFeedBytes)
            {
                throw new FeedException($"the feed is {response.Content.Headers.ContentLength} bytes, over the {settings.MaxFeedBytes}-byte limit");
            }

            var content = await ReadAsync(response.Content, settings.MaxFeedBytes, linked.Token).ConfigureAwait(false);
            var validators = new FeedState(Header(response.Headers, "ETag"), Header(response.Content.Headers, "Last-Modified"));
            return new FeedDownload(content, validators, NotModified: false);
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new FeedException($"no complete answer within {settings.Timeout}", exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new FeedException($"the download failed: {exception.Message}", exception);
        }
    }

    private static async Task<byte[]> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new FeedException($"the feed is over the {maxBytes}-byte limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
