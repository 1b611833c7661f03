namespace Assistant.Core.Answers;

/// <summary>The values of <see cref="Answer.RefusalReason"/>.</summary>
public static class RefusalReasons
{
    /// <summary>The documents do not speak of what was asked.</summary>
    public const string NotCovered = "not-covered";

    /// <summary>The documents speak of the topic but not of the fact asked; the answer cites what they do say.</summary>
    public const string NearMiss = "near-miss";

    /// <summary>The question is about a province whose plan is not in the corpus.</summary>
    public const string NoPlan = "no-plan";

    /// <summary>Who holds an office now: the documents only name their signers.</summary>
    public const string OfficeHolder = "office-holder";

    /// <summary>The message tries to instruct the assistant.</summary>
    public const string Injection = "injection";

    /// <summary>The message is only small talk; the reply says what the assistant can answer.</summary>
    public const string SmallTalk = "small-talk";

    /// <summary>An English message the glossary does not understand.</summary>
    public const string NotUnderstood = "not-understood";
}
