namespace Assistant.Answering.Llm.Prompts;

/// <summary>The YAML front matter of a prompt file: what it is for and its execution settings.</summary>
public sealed class PromptFrontMatter
{
    /// <summary>What the prompt is for.</summary>
    public string? Description { get; set; }

    /// <summary>Sampling temperature (YAML <c>temperature</c>).</summary>
    public double? Temperature { get; set; }

    /// <summary>Most tokens the model may write (YAML <c>max_tokens</c>).</summary>
    public int? MaxTokens { get; set; }

    /// <summary>Variables the template needs (YAML <c>input_variables</c>); each must be given when rendering.</summary>
    public List<string> InputVariables { get; set; } = [];
}
