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
    private readonly DocumentTextExtractor _source = new();
    private IReadOnlyList<VariedLetter> _letters = [];
    private LetterStages _stages = null!;
    private StageState[] _states = [];
    private Stage _stage = null!;

    public static IEnumerable<string> StageNames => new LetterStages(LetterCatalogue.LoadEmbedded()).Steps.Select(s => s.Name);

    [ParamsSource(nameof(StageNames))]
    public string Name { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _letters = VariedLetters.Load(VariedLetters.DefaultFolders());
        _stages = new LetterStages(LetterCatalogue.LoadEmbedded());
        _states = _letters.Select(_stages.RunAll).ToArray();
        _stage = _stages.Steps.Single(s => s.Name == Name);
        Console.WriteLine($"// {_letters.Count} letters per operation");
    }

    [Benchmark]
    public void StageOverTheMix()
    {
        foreach (var state in _states)
            _stage.Run(state);
    }

    /// <summary>PdfPig's text layer and the layout of words, lines and boxes, in this process (what a reader does).</summary>
    [Benchmark]
    public int TextLayerOverTheMix()
    {
        var lines = 0;
        foreach (var letter in _letters)
            lines += _source.Read(letter.Bytes, CancellationToken.None).Pages.Sum(p => p.Lines.Count);
        return lines;
    }
}
