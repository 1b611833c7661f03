using System.CommandLine;
using Assistant.Evaluation.Gate;
using Assistant.Evaluation.Metrics;

namespace Assistant.Cli.Commands;

/// <summary><c>eval gate --metrics DIR/metrics.json --baseline eval/baseline.json [--section qa]</c>: exits 1 naming each metric outside its bound.</summary>
public static class EvalGateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var metrics = new Option<string>("--metrics") { Description = "metrics.json of a run", Required = true };
        var baseline = new Option<string>("--baseline") { Description = "Bounds file (default eval/baseline.json)", DefaultValueFactory = _ => Path.Combine("eval", "baseline.json") };
        var section = new Option<string?>("--section") { Description = "Baseline section to check (default: every section with metrics in the file)" };
        var command = new Command("gate", "Check a run's metrics against the minimums and maximums of the baseline") { metrics, baseline, section };
        command.SetAction(parse => Run(parse.GetValue(metrics)!, parse.GetValue(baseline)!, parse.GetValue(section)));
        return command;
    }

    /// <summary>Prints the verdict: violations on standard error, the pass on standard output.</summary>
    public static void Print(GateResult result, string baselinePath)
    {
        if (result.Passed)
        {
            Console.WriteLine($"Gate passed: {result.Checked} bounds of {baselinePath} ({string.Join(", ", result.Sections)}) hold.");
            return;
        }

        if (result.Checked == 0)
        {
            Console.Error.WriteLine($"Gate FAILED: {baselinePath} has no bound for any metric of this run.");
        }

        foreach (var violation in result.Violations)
        {
            Console.Error.WriteLine($"Gate FAILED: {violation.Message}");
        }
    }

    private static int Run(string metricsPath, string baselinePath, string? section)
    {
        foreach (var path in new[] { metricsPath, baselinePath }.Where(p => !File.Exists(p)))
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy tệp '{path}'.");
            return 2;
        }

        GateResult result;
        try
        {
            result = GateBaseline.Read(baselinePath).Check(MetricSet.Read(metricsPath), section);
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine($"Lỗi: {exception.Message}");
            return 2;
        }

        Print(result, baselinePath);
        return result.Passed ? 0 : 1;
    }
}
