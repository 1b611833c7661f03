using System.Net.ServerSentEvents;
using System.Text.Json;

namespace Assistant.Web.Tests;

/// <summary>Reads the events of a <c>text/event-stream</c> response in order.</summary>
public static class ServerSentEvents
{
    /// <summary>Every event of the stream as (type, JSON data).</summary>
    public static async Task<List<(string Type, JsonElement Data)>> ReadAllAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        var events = new List<(string, JsonElement)>();
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(TestContext.Current.CancellationToken))
        {
            events.Add((item.EventType, JsonDocument.Parse(item.Data).RootElement.Clone()));
        }

        return events;
    }
}
