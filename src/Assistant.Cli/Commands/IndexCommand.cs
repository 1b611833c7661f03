using System.CommandLine;
using System.Diagnostics;
using Assistant.Cli.Hosting;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary><c>index</c>: builds the index and prints the documents, their passage counts and the time taken.</summary>
public static class IndexCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("index", "Build the search index and show the documents and passage counts");
        command.SetAction(_ =>
        {
            var started = Stopwatch.GetTimestamp();
            using var services = CliServices.Build();
            var retriever = services.GetRequiredService<IRetriever>();
            var elapsed = Stopwatch.GetElapsedTime(started);
            foreach (var document in retriever.Documents)
            {
                Console.WriteLine($"{document.Info.Id,-24} {document.Passages.Count,5} passages  {document.Info.Title}");
            }

            Console.WriteLine($"{retriever.Documents.Count} documents, {retriever.Documents.Sum(d => d.Passages.Count)} passages, indexed in {elapsed.TotalMilliseconds:F0} ms");
            return 0;
        });
        return command;
    }
}
