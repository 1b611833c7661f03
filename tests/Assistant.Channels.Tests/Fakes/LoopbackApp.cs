using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Channels.Tests.Fakes;

/// <summary>The web application every fake server is: Kestrel on a free port of 127.0.0.1, quiet.</summary>
public static class LoopbackApp
{
    /// <summary>A built, not yet started application; map its routes, then start it.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }
}
