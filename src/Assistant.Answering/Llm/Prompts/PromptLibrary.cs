namespace Assistant.Answering.Llm.Prompts;

/// <summary>The prompt files the model answerer uses, loaded once from <c>prompts/</c> (<see cref="LlmOptions.PromptsDirectory"/>).</summary>
public sealed class PromptLibrary
{
    /// <summary>The system prompt: the rules of answering.</summary>
    public const string AnswerSystemName = "answer-system";

    /// <summary>The user message of an answer: passages and question.</summary>
    public const string AnswerName = "answer";

    /// <summary>The follow-up rewrite prompt.</summary>
    public const string FollowUpName = "follow-up";

    private const string Extension = ".txt";

    private PromptLibrary(PromptFile answerSystem, PromptFile answer, PromptFile followUp)
    {
        AnswerSystem = answerSystem;
        Answer = answer;
        FollowUp = followUp;
    }

    /// <summary>See <see cref="AnswerSystemName"/>.</summary>
    public PromptFile AnswerSystem { get; }

    /// <summary>See <see cref="AnswerName"/>.</summary>
    public PromptFile Answer { get; }

    /// <summary>See <see cref="FollowUpName"/>.</summary>
    public PromptFile FollowUp { get; }

    /// <summary>Loads every prompt from <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">A prompt file is missing.</exception>
    /// <exception cref="FormatException">A prompt file is malformed.</exception>
    public static PromptLibrary Load(string directory) =>
        new(Read(directory, AnswerSystemName), Read(directory, AnswerName), Read(directory, FollowUpName));

    private static PromptFile Read(string directory, string name)
    {
        var path = Path.Combine(directory, name + Extension);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Prompt file '{path}' not found; check Llm:PromptsDirectory.", path);
        }

        return PromptFile.Parse(name, File.ReadAllText(path));
    }
}
