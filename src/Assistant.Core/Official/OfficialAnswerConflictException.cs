namespace Assistant.Core.Official;

/// <summary>A change sent with a version that is no longer the stored one.</summary>
public sealed class OfficialAnswerConflictException(long id) : Exception($"Official answer {id} was changed by someone else.");
