using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Assistant.Core.Configuration;
using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Assistant.Monitoring;
using Assistant.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Assistant.Benchmarks.Storage;

/// <summary>
/// Posts intake and scoring throughput through the real hosts' workers, in one run: SQLite with 1 node, PostgreSQL with
/// 1 and 2 nodes (nodes are hosts in this process, sharing its cores):
/// <c>intake [--posts N] [--postgres ADMIN-CONNECTION-STRING]</c> (default: <c>ASSISTANT_TEST_POSTGRES</c>).
/// Each configuration gets a fresh data folder or database; posts arrive in batches of 100, alternating between nodes,
/// and the clock stops when none is left unscored.
/// </summary>
public static class IntakeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(Option(args, "--posts") ?? "2000", CultureInfo.InvariantCulture);
        var admin = Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("ASSISTANT_TEST_POSTGRES");
        var texts = File.ReadLines(RepositoryPaths.Resolve("corpus/posts/train.jsonl")).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        var posts = Enumerable.Range(0, count).Select(i => new Post("bench", $"p{i}", texts[i % texts.Count])).ToList();
        var work = Directory.CreateTempSubdirectory("intake-bench-").FullName;
        try
        {
            var model = Path.Combine(work, "model.zip");
            await RunOnceAsync("warm-up (SQLite, 1 node, 200 posts)", posts.Take(200).ToList(), 1, Settings(work, model, null));
            await RunOnceAsync("SQLite, 1 node", posts, 1, Settings(work, model, null));
            if (string.IsNullOrWhiteSpace(admin))
            {
                Console.WriteLine("PostgreSQL skipped: give --postgres or set ASSISTANT_TEST_POSTGRES.");
                return 0;
            }

            foreach (var nodes in new[] { 1, 2 })
            {
                var database = await CreateDatabaseAsync(admin);
                await RunOnceAsync($"PostgreSQL, {nodes} node(s)", posts, nodes, Settings(work, model, database));
            }

            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task RunOnceAsync(string name, IReadOnlyList<Post> posts, int nodeCount, Dictionary<string, string?> settings)
    {
        var hosts = Enumerable.Range(0, nodeCount).Select(_ => Build(settings)).ToList();
        foreach (var host in hosts)
        {
            await host.StartAsync();
        }

        var clock = Stopwatch.StartNew();
        var batches = posts.Chunk(100).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            await hosts[i % hosts.Count].Services.GetRequiredService<IPostIntake>().ReceiveAsync(batches[i]);
        }

        var received = clock.Elapsed;
        var store = hosts[0].Services.GetRequiredService<IPostStore>();
        while ((await store.CountAsync(CancellationToken.None)).Unscored > 0)
        {
            await Task.Delay(20);
        }

        clock.Stop();
        foreach (var host in hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }

        Console.WriteLine(
            $"{name}: {posts.Count} posts received in {received.TotalSeconds:F2} s ({posts.Count / received.TotalSeconds:F0}/s), " +
            $"all scored in {clock.Elapsed.TotalSeconds:F2} s = {posts.Count / clock.Elapsed.TotalSeconds:F0} posts/s");
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddRetrieval(builder.Configuration);
        builder.Services.AddMonitoring(builder.Configuration);
        return builder.Build();
    }

    private static Dictionary<string, string?> Settings(string work, string model, string? postgres)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Data:Directory"] = Directory.CreateDirectory(Path.Combine(work, Guid.NewGuid().ToString("N"))).FullName,
            ["Monitoring:Classifier:ModelPath"] = model,
            ["Monitoring:Intake:PollSeconds"] = "1",
        };
        if (postgres is not null)
        {
            settings["Storage:Provider"] = "Postgres";
            settings["Storage:ConnectionString"] = postgres;
        }

        return settings;
    }

    private static async Task<string> CreateDatabaseAsync(string admin)
    {
        var name = "bench_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
