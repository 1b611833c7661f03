using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Intake;

/// <summary>A stored post not yet scored, with its row id.</summary>
public sealed record PendingPost(long RowId, Post Post);
