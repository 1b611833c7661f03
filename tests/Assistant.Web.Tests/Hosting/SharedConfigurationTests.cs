using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Assistant.Core.Configuration;
using Assistant.Web.Tests.Review;

namespace Assistant.Web.Tests.Hosting;

/// <summary>
/// The two hosts as an operator runs them: real processes started in a repository root (a folder holding Assistant.sln)
/// whose one appsettings.json names the data folder.
/// </summary>
public sealed class SharedConfigurationTests : IDisposable
{
    private const string Password = "mat-khau-chung-cho-hai-host";
    private const string SubjectHasherFile = Answering.Conversation.SubjectHasher.SaltFileName;

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("assistant-root-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hosts_StartedFromTheRepositoryRoot_ShareTheDataFolderOfItsAppsettings()
    {
        var port = FreePort();
        File.WriteAllText(Path.Combine(root.FullName, "Assistant.sln"), "");
        File.WriteAllText(Path.Combine(root.FullName, "appsettings.json"), JsonSerializer.Serialize(new
        {
            Corpus = new { Directory = Path.Combine(RepositoryPaths.Root, "corpus") },
            Data = new { Directory = "shared-data" },
            Server = new { DefaultUrls = $"http://127.0.0.1:{port}" },
            CorpusWatch = new { Enabled = false },
        }));

        var added = await RunAsync("Assistant.Cli.dll", Password + "\n", null, "user", "add", "--login", "ct", "--password-stdin", "--role", "spokesperson", "--province", "can-tho");
        var elsewhere = await RunAsync("Assistant.Cli.dll", "", new() { ["Data__Directory"] = "other-data" }, "user", "list");
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.True(File.Exists(Path.Combine(root.FullName, "shared-data", "review.db")), "the CLI wrote its accounts to the configured data folder");
        Assert.DoesNotContain("ct", elsewhere.Output, StringComparison.Ordinal);

        using var web = Start("Assistant.Web.dll", null);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        web.OutputDataReceived += (_, line) => log.Enqueue(line.Data ?? "");
        web.ErrorDataReceived += (_, line) => log.Enqueue(line.Data ?? "");
        web.BeginOutputReadLine();
        web.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            await WaitForHealthAsync(client, web, log);

            using var wrong = await ReviewSite.PostFormAsync(client, "/review/login", "/review/login", new() { ["login"] = "ct", ["password"] = "sai-mat-khau-roi-nhe" });
            using var right = await ReviewSite.PostFormAsync(client, "/review/login", "/review/login", new() { ["login"] = "ct", ["password"] = Password });

            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);

            using var chat = await client.PostAsync("/api/chat", new StringContent("""{"question":"Ai ký Quyết định 157/QĐ-TTg?"}""", System.Text.Encoding.UTF8, "application/json"), Ct);
            Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
            Assert.True(File.Exists(Path.Combine(root.FullName, "shared-data", SubjectHasherFile)), "the web host keeps its conversation salt in the same data folder");
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync(Ct);
        }
    }

    public void Dispose()
    {
        try
        {
            root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    private static async Task WaitForHealthAsync(HttpClient client, Process web, IEnumerable<string> log)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(web.HasExited, "the web host stopped: " + string.Join('\n', log));
            try
            {
                using var response = await client.GetAsync("/healthz", Ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, "the web host did not answer /healthz within 60 s: " + string.Join('\n', log));
            await Task.Delay(100, Ct);
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string dll, string input, Dictionary<string, string>? environment, params string[] arguments)
    {
        using var process = Start(dll, environment, arguments);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts a host from the test's output folder, in the temporary repository root, with only the given environment overrides.</summary>
    private Process Start(string dll, Dictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root.FullName,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        arguments.ToList().ForEach(start.ArgumentList.Add);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Data__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_URLS", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
