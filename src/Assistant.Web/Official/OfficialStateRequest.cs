namespace Assistant.Web.Official;

/// <summary>Optional body of publish and withdraw: the version the caller saw (the current one when absent).</summary>
public sealed class OfficialStateRequest
{
    /// <summary>The version the caller saw.</summary>
    public long? Version { get; init; }
}
