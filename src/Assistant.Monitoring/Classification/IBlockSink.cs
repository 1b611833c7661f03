namespace Assistant.Monitoring.Classification;

/// <summary>Receives each block of a featurised post (its term counts), then the meta features.</summary>
internal interface IBlockSink
{
    /// <summary>One block is complete; the counts are cleared after the call.</summary>
    void EndBlock(TermCounts counts);

    /// <summary>The weighted meta features of the post.</summary>
    void Meta(ReadOnlySpan<float> meta);
}
