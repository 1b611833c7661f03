namespace Assistant.Evaluation.Posts;

/// <summary>A posts run cannot start: nothing to score the posts with, or a file missing. The message is for the user (Vietnamese / English).</summary>
public sealed class PostsSetupException(string message) : Exception(message);
