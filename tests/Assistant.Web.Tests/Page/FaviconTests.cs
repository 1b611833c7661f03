using System.Net;

namespace Assistant.Web.Tests.Page;

public sealed class FaviconTests(AppFixture fixture)
{
    [Fact]
    public async Task Favicon_IsServedAsAnIcon()
    {
        using var response = await fixture.App.Client.GetAsync("/favicon.ico", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
    }
}
