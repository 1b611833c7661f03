namespace Assistant.Core.Lexicon;

/// <summary>What people write around a question, and the short replies to a message made only of it.</summary>
/// <param name="Greetings">"chào bạn", "hello".</param>
/// <param name="Thanks">"cảm ơn", "ok".</param>
/// <param name="AboutAssistant">Questions about the assistant itself ("bạn là ai").</param>
/// <param name="Politeness">Words that make a question polite and carry no meaning ("cho mình hỏi", "ạ", "đúng không").</param>
/// <param name="ContextOpeners">Openers of personal context ("tôi là", "con tôi"): such a sentence that asks nothing is left out.</param>
/// <param name="HearsayOpeners">Openers of a rumour ("nghe nói", "có người nói"): the opener is left out, the claim kept.</param>
/// <param name="ComparisonCues">Words that ask for a comparison ("so với", "khác nhau thế nào"), left out of each compared part.</param>
/// <param name="Replies">The replies to a message that is only small talk.</param>
public sealed record SmallTalkCues(
    IReadOnlyList<string> Greetings,
    IReadOnlyList<string> Thanks,
    IReadOnlyList<string> AboutAssistant,
    IReadOnlyList<string> Politeness,
    IReadOnlyList<string> ContextOpeners,
    IReadOnlyList<string> HearsayOpeners,
    IReadOnlyList<string> ComparisonCues,
    SmallTalkReplies Replies);

/// <summary>The Vietnamese replies to small talk.</summary>
/// <param name="Greeting">To a greeting: who the assistant is and an example question.</param>
/// <param name="Thanks">To thanks.</param>
/// <param name="AboutAssistant">To a question about the assistant.</param>
public sealed record SmallTalkReplies(string Greeting, string Thanks, string AboutAssistant);
