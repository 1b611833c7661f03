using Assistant.Core.Monitoring;
using Assistant.Review.Accounts;
using Assistant.Review.Alerts;
using Assistant.Review.Storage;
using Assistant.Review.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Review.Tests.Support;

/// <summary>The review services as <c>AddReview</c> registers them, on a real SQLite file in a temporary data folder.</summary>
public sealed class ReviewTestHost : IAsyncDisposable
{
    /// <summary>The test clock's start.</summary>
    public static readonly DateTimeOffset Start = new(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);

    private ServiceProvider services;

    private ReviewTestHost(DirectoryInfo folder, IReadOnlyDictionary<string, string?> settings)
    {
        Folder = folder;
        Settings = settings;
        services = Build();
    }

    /// <summary>The data folder.</summary>
    public DirectoryInfo Folder { get; }

    /// <summary>The clock.</summary>
    public ManualTimeProvider Time { get; } = new(Start);

    /// <summary>The alerts sent.</summary>
    public RecordingAlerts Alerts { get; } = new();

    /// <summary>The configuration overrides.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>The queue the monitor calls.</summary>
    public IReviewQueue Queue => services.GetRequiredService<IReviewQueue>();

    /// <summary>The reviewers' workflow.</summary>
    public ReviewService Reviews => services.GetRequiredService<ReviewService>();

    /// <summary>Accounts.</summary>
    public AccountService Accounts => services.GetRequiredService<AccountService>();

    /// <summary>The store.</summary>
    public IReviewRepository Repository => services.GetRequiredService<IReviewRepository>();

    /// <summary>The monitor's posts, flagged or not, as the posts browser reads them.</summary>
    public MemoryPostArchive Archive { get; } = new();

    /// <summary>Any registered service.</summary>
    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>Path of the SQLite file.</summary>
    public string DatabasePath => Path.Combine(Folder.FullName, "review.db");

    /// <summary>A host on a new temporary folder.</summary>
    public static ReviewTestHost Create(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(Directory.CreateTempSubdirectory("assistant-review-"), settings ?? new Dictionary<string, string?>());

    /// <summary>Drops the services and builds them again on the same folder (a process restart).</summary>
    public async Task RestartAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        services = Build();
    }

    /// <summary>Adds the standard accounts: admin, spokespeople of Cần Thơ (with a Telegram chat) and Lạng Sơn.</summary>
    public async Task AddAccountsAsync()
    {
        Assert.Null(await Accounts.AddAsync("admin", "mat-khau-quan-tri", ReviewRoles.Admin, null, null, null, TestContext.Current.CancellationToken));
        Assert.Null(await Accounts.AddAsync("ct", "mat-khau-can-tho", ReviewRoles.Spokesperson, "can-tho", "Sở GD&ĐT Cần Thơ", "4242", TestContext.Current.CancellationToken));
        Assert.Null(await Accounts.AddAsync("ls", "mat-khau-lang-son", ReviewRoles.Spokesperson, "lang-son", null, null, TestContext.Current.CancellationToken));
    }

    /// <summary>Submits a flagged post.</summary>
    public Task SubmitAsync(string id, string text, double risk = 0.9, IReadOnlyList<OfficialPassage>? passages = null, int shares = 0) =>
        Queue.SubmitAsync(
            new Post("api", id, text) { Shares = shares },
            new ScoredPost { Id = id, Label = "misinformation", Score = risk, Flagged = true, Reasons = ["Bài viết nói 50%; văn bản nói 100%"], Passages = passages ?? [] },
            TestContext.Current.CancellationToken);

    /// <summary>Runs a query on the file and returns the first column.</summary>
    public List<string> Column(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    private ServiceProvider Build()
    {
        var values = new Dictionary<string, string?> { ["Data:Directory"] = Folder.FullName };
        foreach (var (key, value) in Settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddSingleton<IReviewAlerts>(Alerts);
        collection.AddSingleton<IPostArchive>(Archive);
        collection.AddReview(configuration);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
