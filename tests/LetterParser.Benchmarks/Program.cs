using BenchmarkDotNet.Running;
using LetterParser.Benchmarks;

// dotnet run -c Release --project tests/LetterParser.Benchmarks -- --filter '*'     (BenchmarkDotNet, wall time)
// dotnet run -c Release --project tests/LetterParser.Benchmarks -- --cpu [N]        (CPU time per op)
// dotnet run -c Release --project tests/LetterParser.Benchmarks -- --stages DIR [DIR...]   (CPU ms per stage, varied letters)
// dotnet run -c Release --project tests/LetterParser.Benchmarks -- --isolation DIR [ROUNDS]  (reader process vs in process)
if (args is ["--stages", .. var folders])
{
    StageCpuTime.Run(folders, rounds: 20);
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
