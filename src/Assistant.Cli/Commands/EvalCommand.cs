using System.CommandLine;

namespace Assistant.Cli.Commands;

/// <summary><c>eval qa|retrieval|posts|gate|topics</c>: the eval harness policy staff run on the gold sets.</summary>
public static class EvalCommand
{
    /// <summary>Builds the command with its subcommands.</summary>
    public static Command Create() => new("eval", "Measure quality on gold sets, write reports, check the regression gate")
    {
        EvalQaCommand.Create(),
        EvalRetrievalCommand.Create(),
        EvalPostsCommand.Create(),
        EvalGateCommand.Create(),
        EvalTopicsCommand.Create(),
    };
}
