using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Core.Monitoring;
using Assistant.Core.Retrieval;
using Assistant.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Review;

/// <summary>Assignment by agency in the running host, with the plan's headings taken from the real index.</summary>
public sealed class ReviewAgencyAssignmentTests
{
    private const string Key = "co-quan-doc-0123456789abcdef";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_PassageUnderTheFinanceDepartmentsHeading_GoesToThatDepartmentsSpokesperson()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["Api:Keys:0:Name"] = "doc",
            ["Api:Keys:0:Key"] = Key,
            ["Api:Keys:0:Scopes:0"] = "review:read",
        });
        var accounts = app.App.Services.GetRequiredService<AccountService>();
        Assert.Null(await accounts.AddAsync("ct", "mat-khau-can-tho", ReviewRoles.Spokesperson, "can-tho", "Sở GD&ĐT Cần Thơ", null, Ct));
        Assert.Null(await accounts.AddAsync("ct-tc", "mat-khau-tai-chinh", ReviewRoles.Spokesperson, "can-tho", "Sở Tài chính thành phố Cần Thơ", null, Ct));
        // The finance task of Cần Thơ's plan ("2. Sở Tài chính") opens with another department's name, not its own.
        var finance = app.App.Services.GetRequiredService<IRetriever>().Documents.Single(d => d.Info.Id == "can-tho-ke-hoach").Passages
            .Single(p => p.Text.StartsWith("Phối hợp với Sở Giáo dục và Đào tạo", StringComparison.Ordinal) && p.Text.Contains("kinh phí", StringComparison.Ordinal));
        Assert.Contains(finance.Headings, h => h.Contains("Sở Tài chính", StringComparison.Ordinal));

        await app.App.Services.GetRequiredService<IReviewQueue>().SubmitAsync(
            new Post("api", "kinh-phi-1", "Cần Thơ không cấp đồng kinh phí nào cho truyền thông Nghị quyết 71"),
            new ScoredPost
            {
                Id = "kinh-phi-1",
                Label = "misinformation",
                Score = 0.9,
                Flagged = true,
                Passages = [new OfficialPassage(finance.DocId, finance.Section, finance.Text)],
            },
            Ct);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/review/items");
        request.Headers.Add("X-Api-Key", Key);
        using var response = await app.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray()).GetProperty("item");
        Assert.Equal("ct-tc", item.GetProperty("assignedTo").GetString());
    }
}
