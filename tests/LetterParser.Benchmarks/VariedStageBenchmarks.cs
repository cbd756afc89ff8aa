using BenchmarkDotNet.Attributes;
using LetterParser.Core.Catalogue;
using LetterParser.Extraction;

namespace LetterParser.Benchmarks;

/// <summary>
/// Each in-process stage over the whole varied mix of digital letters (one operation = every letter of the mix
/// once; divide by the count printed at set-up for a letter), fed the earlier stages' real output. Wall time, as
/// BenchmarkDotNet measures; <see cref="StageCpuTime"/> gives the CPU figures per letter.
/// </summary>
[MemoryDiagnoser]
public class VariedStageBenchmarks
{
    private readonly DocumentTextExtractor source = new();
    private IReadOnlyList<VariedLetter> letters = [];
    private LetterStages stages = null!;
    private StageState[] states = [];
    private Stage stage = null!;

    public static IEnumerable<string> StageNames => new LetterStages(LetterCatalogue.LoadEmbedded()).Steps.Select(s => s.Name);

    [ParamsSource(nameof(StageNames))]
    public string Name { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        letters = VariedLetters.Load(VariedLetters.DefaultFolders());
        stages = new LetterStages(LetterCatalogue.LoadEmbedded());
        states = letters.Select(stages.RunAll).ToArray();
        stage = stages.Steps.Single(s => s.Name == Name);
        Console.WriteLine($"// {letters.Count} letters per operation");
    }

    [Benchmark]
    public void StageOverTheMix()
    {
        foreach (var state in states)
            stage.Run(state);
    }

    /// <summary>PdfPig's text layer and the layout of words, lines and boxes, in this process (what a reader does).</summary>
    [Benchmark]
    public int TextLayerOverTheMix()
    {
        var lines = 0;
        foreach (var letter in letters)
            lines += source.Read(letter.Bytes, CancellationToken.None).Pages.Sum(p => p.Lines.Count);
        return lines;
    }
}
