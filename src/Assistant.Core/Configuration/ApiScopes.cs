namespace Assistant.Core.Configuration;

/// <summary>The scopes an API key (<c>Api:Keys</c>) may be granted: the web host checks them, the command line generates keys with them.</summary>
public static class ApiScopes
{
    /// <summary>Send posts to the misinformation monitor (<c>POST /api/posts</c>).</summary>
    public const string PostsWrite = "posts:write";

    /// <summary>Read the review queue through the API.</summary>
    public const string ReviewRead = "review:read";

    /// <summary>Change the review queue through the API (verdicts, assignments); reading included.</summary>
    public const string ReviewWrite = "review:write";

    /// <summary>Write official answers as drafts (<c>POST /api/official-answers</c>).</summary>
    public const string AnswersWrite = "answers:write";

    /// <summary>Publish and withdraw official answers.</summary>
    public const string AnswersPublish = "answers:publish";

    /// <summary>Every scope.</summary>
    public static IReadOnlyList<string> All { get; } = [PostsWrite, ReviewRead, ReviewWrite, AnswersWrite, AnswersPublish];
}
