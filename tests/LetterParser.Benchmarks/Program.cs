using BenchmarkDotNet.Running;
using LetterParser.Benchmarks;

// dotnet run -c Release --project tests/LetterParser.Benchmarks -- --filter '*'     (BenchmarkDotNet, wall time)
// dotnet run -c Release --project tests/LetterParser.Benchmarks -- --cpu [N]        (CPU time per op)
// dotnet run -c Release --project tests/LetterParser.Benchmarks -- --stages [ROUNDS] [DIR...]   (CPU ms per stage, varied letters)
// dotnet run -c Release --project tests/LetterParser.Benchmarks -- --isolation DIR [ROUNDS]  (reader process vs in process)
if (args is ["--stages", .. var rest])
{
    var rounds = rest.Length > 0 && int.TryParse(rest[0], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 10;
    await StageCpuTime.RunAsync(rest.SkipWhile(a => int.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out _)).ToList(), rounds);
    return;
}
if (args is ["--isolation", var samples, ..])
{
    await IsolationCost.RunAsync(samples, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}
if (args is ["--cpu", ..])
{
    CpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
