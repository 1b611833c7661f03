using System.Text.Json;
using Assistant.Review.Items;
using Assistant.Review.Workflow;

namespace Assistant.Review.Feedback;

/// <summary>
/// Reviewed posts as labelled training JSONL for <c>train</c> (<c>{"id","text","label"}</c>): <c>sai_su_that</c> and
/// <c>gay_hieu_lam</c> → misinformation, <c>chinh_xac</c> → accurate, <c>khong_lien_quan</c> → unrelated.
/// </summary>
public static class TrainingExport
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one line per post of every judged item.</summary>
    public static async Task WriteAsync(IEnumerable<ReviewItem> items, TextWriter writer, CancellationToken cancellationToken = default)
    {
        foreach (var item in items.Where(i => i.Verdict is not null))
        {
            foreach (var post in item.Posts)
            {
                var line = JsonSerializer.Serialize(new TrainingLine($"review-{post.Source}-{post.ExternalId}", post.Text, ReviewVerdicts.TrainingLabel(item.Verdict!)), Json);
                await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
            }
        }
    }

    private sealed record TrainingLine(
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
        [property: System.Text.Json.Serialization.JsonPropertyName("label")] string Label);
}
