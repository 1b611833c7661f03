using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Assistant.Answering.Tests.Llm.Fakes;

/// <summary>One scripted reply of <see cref="FakeChatServer"/>.</summary>
public abstract record FakeReply
{
    /// <summary>A completion with this text: JSON, or SSE chunks when the request asked to stream.</summary>
    public static FakeReply Text(string content) => new TextReply(content);

    /// <summary>A completion written from the request, e.g. citing the number the answerer gave a passage.</summary>
    public static FakeReply Text(Func<ModelRequest, string> write) => new WrittenReply(write);

    /// <summary>An error status, optionally with a Retry-After header (seconds or HTTP date) and OpenAI's retry-after-ms.</summary>
    public static FakeReply Status(int status, string? retryAfter = null, string? retryAfterMs = null) => new StatusReply(status, retryAfter, retryAfterMs);

    /// <summary>A 200 whose body is not a completion.</summary>
    public static FakeReply Malformed() => new RawReply("{\"choices\": [ this is not json");

    /// <summary>Never answers until the client gives up.</summary>
    public static FakeReply Hang() => new HangReply();

    /// <summary>Streams some text, then never finishes until the client gives up.</summary>
    public static FakeReply StreamThenHang(string content) => new StreamThenHangReply(content);

    /// <summary>Writes the reply.</summary>
    public abstract Task WriteAsync(HttpContext context, ModelRequest request, bool stream, FakeChatServer server);

    private protected static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_768_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    private protected static string Chunk(string? content, string? finish) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion.chunk",
        created = 1_768_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, delta = new { role = "assistant", content }, finish_reason = finish } },
    });

    /// <summary>Splits text into small pieces the way a model streams it (a few characters at a time).</summary>
    private protected static IEnumerable<string> Pieces(string content)
    {
        for (var i = 0; i < content.Length; i += 7)
        {
            yield return content.Substring(i, Math.Min(7, content.Length - i));
        }
    }

    private protected static async Task WriteEventAsync(HttpContext context, string data)
    {
        await context.Response.WriteAsync("data: " + data + "\n\n", Encoding.UTF8, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private sealed record TextReply(string Content) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context, ModelRequest request, bool stream, FakeChatServer server)
        {
            if (!stream)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(Completion(Content), context.RequestAborted);
                return;
            }

            context.Response.ContentType = "text/event-stream";
            await WriteEventAsync(context, Chunk(string.Empty, null));
            foreach (var piece in Pieces(Content))
            {
                await WriteEventAsync(context, Chunk(piece, null));
            }

            await WriteEventAsync(context, Chunk(null, "stop"));
            await WriteEventAsync(context, "[DONE]");
        }
    }

    private sealed record WrittenReply(Func<ModelRequest, string> Write) : FakeReply
    {
        public override Task WriteAsync(HttpContext context, ModelRequest request, bool stream, FakeChatServer server) =>
            new TextReply(Write(request)).WriteAsync(context, request, stream, server);
    }

    private sealed record StatusReply(int Code, string? RetryAfter, string? RetryAfterMs) : FakeReply
    {
        public override Task WriteAsync(HttpContext context, ModelRequest request, bool stream, FakeChatServer server)
        {
            context.Response.StatusCode = Code;
            if (RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = RetryAfter;
            }

            if (RetryAfterMs is not null)
            {
                context.Response.Headers["retry-after-ms"] = RetryAfterMs;
            }

            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}", context.RequestAborted);
        }
    }

    private sealed record RawReply(string Body) : FakeReply
    {
        public override Task WriteAsync(HttpContext context, ModelRequest request, bool stream, FakeChatServer server)
        {
            context.Response.ContentType = stream ? "text/event-stream" : "application/json";
            return context.Response.WriteAsync(stream ? "data: " + Body + "\n\n" : Body, context.RequestAborted);
        }
    }

    private sealed record HangReply : FakeReply
    {
        public override Task WriteAsync(HttpContext context, ModelRequest request, bool stream, FakeChatServer server) => server.HangAsync(context);
    }

    private sealed record StreamThenHangReply(string Content) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context, ModelRequest request, bool stream, FakeChatServer server)
        {
            context.Response.ContentType = "text/event-stream";
            await WriteEventAsync(context, Chunk(Content, null));
            await server.HangAsync(context);
        }
    }
}
