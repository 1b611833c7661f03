using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Review.Items;
using Assistant.Review.Workflow;

namespace Assistant.Review.Drafts;

/// <summary>An item's published verdict as schema.org <c>ClaimReview</c> JSON-LD.</summary>
public static class ClaimReviewDocument
{
    /// <summary>The media type of the JSON-LD.</summary>
    public const string MediaType = "application/ld+json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON-LD as indented text, Vietnamese letters written as they are.</summary>
    public static string ToJson(JsonObject document) => document.ToJsonString(Indented);

    /// <summary>The JSON-LD, or null when the item has no verdict about a claim (none yet, or <c>khong_lien_quan</c>).</summary>
    public static JsonObject? Create(ReviewItem item, string publisher, DraftReplyWriter drafts)
    {
        var (rating, name) = item.Verdict switch
        {
            ReviewVerdicts.False => (1, "Sai sự thật"),
            ReviewVerdicts.Misleading => (2, "Gây hiểu lầm"),
            ReviewVerdicts.Accurate => (5, "Chính xác"),
            _ => (0, ""),
        };
        if (rating == 0)
        {
            return null;
        }

        var appearances = new JsonArray(item.Posts.Where(p => p.Url is not null)
            .Select(p => (JsonNode)new JsonObject { ["@type"] = "CreativeWork", ["url"] = p.Url }).ToArray());
        var citations = new JsonArray(drafts.PassagesFor(item)
            .Select(p => (JsonNode)new JsonObject { ["@type"] = "CreativeWork", ["name"] = $"{drafts.TitleOf(p.Doc)}, mục {p.Section}", ["identifier"] = p.Doc, ["text"] = p.Text })
            .ToArray());
        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["identifier"] = $"review-{item.Id}",
            ["datePublished"] = (item.JudgedAt ?? item.UpdatedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["inLanguage"] = "vi",
            ["claimReviewed"] = item.Claim,
            ["itemReviewed"] = new JsonObject { ["@type"] = "Claim", ["appearance"] = appearances },
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher },
            ["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["ratingValue"] = rating,
                ["bestRating"] = 5,
                ["worstRating"] = 1,
                ["alternateName"] = name,
            },
            ["reviewBody"] = item.Draft ?? drafts.Write(item),
            ["citation"] = citations,
        };
    }
}
