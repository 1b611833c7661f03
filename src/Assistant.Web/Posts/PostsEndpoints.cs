using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Assistant.Core.Monitoring;
using Assistant.Monitoring.Intake;
using Assistant.Web.Api;
using Assistant.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Posts;

/// <summary>
/// <c>POST /api/posts</c>: a JSON array of posts for the misinformation monitor, with an API key of scope
/// <c>posts:write</c> in <c>X-Api-Key</c>. Valid items are stored (committed before the answer) even when others are
/// malformed; the answer is 202 when all were valid, else 400 naming each bad item by index with the count accepted.
/// A body that is not a JSON array stores nothing.
/// </summary>
public static class PostsEndpoints
{
    /// <summary>The scope the endpoint needs.</summary>
    public const string WriteScope = Core.Configuration.ApiScopes.PostsWrite;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.Strict };

    /// <summary>Maps the endpoint on <paramref name="api"/>.</summary>
    public static void MapPosts(this RouteGroupBuilder api) =>
        api.MapPost("/posts", ReceiveAsync)
            .WithName("Posts")
            .WithSummary("Nhận bài viết để theo dõi thông tin sai lệch")
            .Accepts<PostItem[]>("application/json")
            .Produces<PostsResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> ReceiveAsync(
        HttpContext http,
        IPostIntake intake,
        IOptions<ApiKeyOptions> keys,
        IOptions<IntakeOptions> limits,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var client = keys.Value.Find(http.Request.Headers[ApiKeyAuthenticationHandler.HeaderName].FirstOrDefault());
        if (client is null)
        {
            return ApiProblems.Result(StatusCodes.Status401Unauthorized, "Thiếu khóa API hoặc khóa không hợp lệ (tiêu đề X-Api-Key).");
        }

        if (!client.Scopes.Contains(WriteScope, StringComparer.Ordinal))
        {
            return ApiProblems.Result(StatusCodes.Status403Forbidden, $"Khóa API này không có quyền gửi bài viết ({WriteScope}).");
        }

        if (!http.Request.HasJsonContentType())
        {
            return ApiProblems.Result(StatusCodes.Status415UnsupportedMediaType, "Vui lòng gửi nội dung dạng JSON (Content-Type: application/json).");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limits.Value.MaxBatchBytes;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, "Nội dung gửi lên không phải JSON hợp lệ; không bài nào được lưu.");
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.Result(StatusCodes.Status413PayloadTooLarge, $"Lô bài viết quá lớn (tối đa {limits.Value.MaxBatchBytes} byte); không bài nào được lưu.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return ApiProblems.Result(StatusCodes.Status400BadRequest, "Nội dung gửi lên phải là một mảng JSON các bài viết; không bài nào được lưu.");
            }

            var posts = new List<Post>();
            var errors = new List<PostItemError>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var (post, error) = Read(element, limits.Value);
                if (post is not null)
                {
                    posts.Add(post);
                }
                else
                {
                    errors.Add(new PostItemError(index, error!));
                }

                index++;
            }

            var stored = await intake.ReceiveAsync(posts, cancellationToken);
            loggers.CreateLogger(typeof(PostsEndpoints)).LogInformation(
                "Client {Client} sent {Count} posts: {New} new, {Rejected} rejected", client.Name, index, stored, errors.Count);
            if (errors.Count == 0)
            {
                return TypedResults.Accepted((string?)null, new PostsResponse(posts.Count, stored, []));
            }

            var problem = ApiProblems.Create(
                StatusCodes.Status400BadRequest,
                $"Có {errors.Count} bài viết không hợp lệ: " + string.Join("; ", errors.Select(e => $"bài số {e.Index}: {e.Error}"))
                    + $". {posts.Count} bài hợp lệ đã được lưu.");
            problem.Extensions["accepted"] = posts.Count;
            problem.Extensions["new"] = stored;
            problem.Extensions["errors"] = errors;
            return TypedResults.Problem(problem);
        }
    }

    private static (Post? Post, string? Error) Read(JsonElement element, IntakeOptions limits)
    {
        PostItem? item;
        try
        {
            item = element.ValueKind == JsonValueKind.Object ? element.Deserialize<PostItem>(Json) : null;
        }
        catch (JsonException)
        {
            return (null, "có trường sai kiểu dữ liệu");
        }

        if (item is null)
        {
            return (null, "không phải một đối tượng JSON");
        }

        if (string.IsNullOrWhiteSpace(item.ExternalId))
        {
            return (null, "thiếu \"externalId\"");
        }

        if (string.IsNullOrWhiteSpace(item.Text))
        {
            return (null, "thiếu nội dung \"text\"");
        }

        var bytes = Encoding.UTF8.GetByteCount(item.Text);
        if (bytes > limits.MaxTextBytes)
        {
            return (null, $"nội dung dài {bytes} byte, vượt giới hạn {limits.MaxTextBytes} byte");
        }

        foreach (var (name, count) in new[] { ("likes", item.Likes), ("shares", item.Shares), ("comments", item.Comments) })
        {
            if (count < 0 || count > limits.MaxCount)
            {
                return (null, $"\"{name}\" phải là số nguyên từ 0 đến {limits.MaxCount}");
            }
        }

        return (new Post(string.IsNullOrWhiteSpace(item.Source) ? "api" : item.Source.Trim(), item.ExternalId.Trim(), item.Text)
        {
            Url = item.Url,
            Author = item.Author,
            PublishedAt = item.PublishedAt,
            Likes = item.Likes,
            Shares = item.Shares,
            Comments = item.Comments,
        }, null);
    }
}
