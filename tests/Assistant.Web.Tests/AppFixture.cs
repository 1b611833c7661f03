namespace Assistant.Web.Tests;

/// <summary>One running app shared by the tests of a class.</summary>
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
