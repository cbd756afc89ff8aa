using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/LetterParser.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
