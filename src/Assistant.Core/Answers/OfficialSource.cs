namespace Assistant.Core.Answers;

/// <summary>The Answer JSON's <c>official</c>: which published official answer of the department was served.</summary>
/// <param name="Id">Official answer id.</param>
/// <param name="Province">Province slug of the department, or null for national.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record OfficialSource(long Id, string? Province, DateTimeOffset PublishedAt);
