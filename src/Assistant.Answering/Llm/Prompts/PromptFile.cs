using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Answering.Llm.Prompts;

/// <summary>
/// One prompt file of <c>prompts/</c>: a YAML front matter between <c>---</c> lines, then a template in Semantic
/// Kernel's syntax (<c>{{$question}}</c>) rendered by <see cref="KernelPromptTemplateFactory"/>.
/// </summary>
public sealed class PromptFile
{
    private const string Fence = "---";

    private static readonly IDeserializer FrontMatterReader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly Kernel RenderingKernel = new();

    private readonly IPromptTemplate template;

    private PromptFile(string name, PromptFrontMatter settings, IPromptTemplate template)
    {
        Name = name;
        Settings = settings;
        this.template = template;
    }

    /// <summary>The file name without extension, e.g. <c>answer</c>.</summary>
    public string Name { get; }

    /// <summary>The front matter.</summary>
    public PromptFrontMatter Settings { get; }

    /// <summary>Parses a prompt file's text; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="FormatException">The front matter is missing or not valid YAML, or a declared variable is not used.</exception>
    public static PromptFile Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != Fence)
        {
            throw new FormatException($"Prompt '{name}' must start with a '{Fence}' line opening its front matter.");
        }

        var close = Array.FindIndex(lines, 1, line => line.Trim() == Fence);
        if (close < 0)
        {
            throw new FormatException($"Prompt '{name}' has no '{Fence}' line closing its front matter.");
        }

        var settings = ReadFrontMatter(name, string.Join('\n', lines[1..close]));
        var body = string.Join('\n', lines[(close + 1)..]).Trim();
        foreach (var variable in settings.InputVariables)
        {
            if (!body.Contains("{{$" + variable + "}}", StringComparison.Ordinal))
            {
                throw new FormatException($"Prompt '{name}' declares input variable '{variable}' but its template never uses {{{{${variable}}}}}.");
            }
        }

        // Roles come from separate files and the rendered text is never parsed for <message> tags, so values are
        // inserted as they are (for a declared variable SK asks the variable's own flag): encoding them would only turn
        // "GD&ĐT" into "GD&amp;ĐT" and "Lê" into "L&#234;" in front of the model.
        var config = new PromptTemplateConfig(body)
        {
            Name = name,
            Description = settings.Description,
            TemplateFormat = PromptTemplateConfig.SemanticKernelTemplateFormat,
            AllowDangerouslySetContent = true,
        };
        foreach (var variable in settings.InputVariables)
        {
            config.InputVariables.Add(new InputVariable { Name = variable, IsRequired = true, AllowDangerouslySetContent = true });
        }

        return new PromptFile(name, settings, new KernelPromptTemplateFactory().Create(config));
    }

    /// <summary>Renders the template with the given variable values.</summary>
    /// <exception cref="ArgumentException">A variable of the front matter's <c>input_variables</c> is missing.</exception>
    public async Task<string> RenderAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        var missing = Settings.InputVariables.Where(v => !values.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Prompt '{Name}' needs {string.Join(", ", missing)}.", nameof(values));
        }

        var arguments = new KernelArguments();
        foreach (var (key, value) in values)
        {
            arguments[key] = value;
        }

        var rendered = await template.RenderAsync(RenderingKernel, arguments, cancellationToken).ConfigureAwait(false);
        return rendered.Trim();
    }

    private static PromptFrontMatter ReadFrontMatter(string name, string yaml)
    {
        try
        {
            return FrontMatterReader.Deserialize<PromptFrontMatter?>(yaml) ?? new PromptFrontMatter();
        }
        catch (YamlException e)
        {
            throw new FormatException($"Prompt '{name}' has invalid front matter: {e.Message}", e);
        }
    }
}
