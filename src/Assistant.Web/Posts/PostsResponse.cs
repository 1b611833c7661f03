namespace Assistant.Web.Posts;

/// <summary>Answer of <c>POST /api/posts</c>: posts accepted (stored before this answer), of which new, and the rejected items.</summary>
public sealed record PostsResponse(int Accepted, int New, IReadOnlyList<PostItemError> Errors);
