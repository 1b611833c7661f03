namespace Assistant.Cli;

/// <summary>Entry point of the command line; commands are added as the parts they drive land.</summary>
public static class CliApplication
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("Usage: assistant ask|chat|index …");
        return Task.FromResult(args.Length == 0 ? 1 : 2);
    }
}
