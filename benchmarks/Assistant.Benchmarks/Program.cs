using Assistant.Benchmarks.Answering;
using Assistant.Benchmarks.Classification;
using Assistant.Benchmarks.Pipeline;
using Assistant.Benchmarks.Storage;
using Assistant.Benchmarks.Scale;

return args.FirstOrDefault() switch
{
    "answering" => await AnsweringBenchmark.RunAsync(args[1..]),
    "classifier" => await ClassifierBenchmark.RunAsync(args[1..]),
    "classifier-experiments" => await ClassifierExperiments.RunAsync(args[1..]),
    "classifier-profile" => await ClassifierProfile.RunAsync(args[1..]),
    "classifier-speed" => await ClassifierSpeed.RunAsync(args[1..]),
    "pipeline" => await PipelineBenchmark.RunAsync(args[1..]),
    "intake" => await IntakeBenchmark.RunAsync(args[1..]),
    "scale" => await ScaleBenchmark.RunAsync(args[1..]),
    "scale-run" => await ScaleRun.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: Assistant.Benchmarks answering [--input eval/questions.jsonl]");
    Console.Error.WriteLine("       Assistant.Benchmarks classifier [--train FILE] [--test FILE]");
    Console.Error.WriteLine("       Assistant.Benchmarks classifier-experiments [--train FILE] [--test FILE] [--only NAME]");
    Console.Error.WriteLine("       Assistant.Benchmarks classifier-profile|classifier-speed [--train FILE] [--test FILE] [--bits N]");
    Console.Error.WriteLine("       Assistant.Benchmarks pipeline [--repeat N]");
    Console.Error.WriteLine("       Assistant.Benchmarks intake [--posts N] [--postgres ADMIN-CONNECTION-STRING]");
    Console.Error.WriteLine("       Assistant.Benchmarks scale [--articles F] [--questions F] [--copies 10] [--work DIR] [--out FILE]");
    return 2;
}
