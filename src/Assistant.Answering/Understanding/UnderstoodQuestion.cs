using Assistant.Answering.Extractive;
using Assistant.Core.Provinces;

namespace Assistant.Answering.Understanding;

/// <summary>What the question-understanding stage read in a message.</summary>
/// <param name="Asked">The message as the citizen wrote it.</param>
/// <param name="Standalone">The question in the documents' words: chat writing and typos corrected, small talk and personal context left out, everyday words replaced by the documents' terms.</param>
/// <param name="Parts">The questions to answer one by one (two questions in one, or one per compared province); one part for a plain question.</param>
/// <param name="Type">The kind of fact asked for.</param>
/// <param name="Terms">The content terms of <paramref name="Standalone"/>, folded, question words left out.</param>
/// <param name="Provinces">Provinces the message names, anywhere in it (also in the personal context).</param>
/// <param name="SmallTalk">Set when the message is only small talk: the kind of reply it gets.</param>
/// <param name="IsEnglish">True when the message was written in English and read through the glossary.</param>
/// <param name="NotUnderstood">True for an English message the glossary does not cover well enough.</param>
public sealed record UnderstoodQuestion(
    string Asked,
    string Standalone,
    IReadOnlyList<string> Parts,
    QuestionType Type,
    IReadOnlyList<string> Terms,
    IReadOnlyList<ProvinceMention> Provinces,
    SmallTalkKind? SmallTalk = null,
    bool IsEnglish = false,
    bool NotUnderstood = false);

/// <summary>The kind of small talk a message is made of.</summary>
public enum SmallTalkKind
{
    /// <summary>"chào bạn".</summary>
    Greeting,

    /// <summary>"cảm ơn nhé".</summary>
    Thanks,

    /// <summary>"bạn là ai".</summary>
    AboutAssistant,
}
