using Assistant.Core.Monitoring;

namespace Assistant.Core.Storage;

/// <summary>A stored post claimed for scoring, with its row id.</summary>
public sealed record PendingPost(long RowId, Post Post);
