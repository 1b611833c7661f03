using Assistant.Web.Review;
using Assistant.Web.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Tests.Security;

public sealed class ApiKeyOptionsTests
{
    [Fact]
    public void Validation_KeyOf23Characters_FailsNamingTheKeyAndTheMinimum()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(("crawler", new string('k', 23))));

        Assert.Contains("Keys[0]' members: 'Key'", error.Message, StringComparison.Ordinal);
        Assert.Contains("24", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_KeyWithoutName_FailsNamingTheName()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(("crawler", new string('k', 24)), ("", new string('x', 30))));

        Assert.Contains("Keys[1]' members: 'Name'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Keys[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_NamedKeysOfAtLeast24Characters_Bound()
    {
        var options = Options(("crawler", new string('k', 24)), ("dashboard", new string('d', 40)));

        Assert.Equal(["crawler", "dashboard"], options.Keys.Select(k => k.Name));
    }

    /// <summary>The options as the web host registers them, bound from <c>Api:Keys</c>.</summary>
    private static ApiKeyOptions Options(params (string Name, string Key)[] keys)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < keys.Length; i++)
        {
            settings[$"Api:Keys:{i}:Name"] = keys[i].Name;
            settings[$"Api:Keys:{i}:Key"] = keys[i].Key;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddReviewWeb(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ApiKeyOptions>>().Value;
    }
}
