[assembly: AssemblyFixture(typeof(Assistant.Web.Tests.AppFixture))]

namespace Assistant.Web.Tests;

/// <summary>One running app with the default configuration, shared by the tests that only read and ask.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private RunningApp? app;

    /// <summary>The running app.</summary>
    public RunningApp App => app ?? throw new InvalidOperationException("The app has not started.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => app = await RunningApp.StartAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
