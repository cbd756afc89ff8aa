using LetterParser.Extraction;
using LetterParser.BlindSets;

// dotnet run -c Release --project bench/BlindScore -- tests/BlindSets/grounds-1 [--details FILE]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: BlindScore SET_DIR [--details FILE]");
    return 2;
}
var set = args[0];
var details = args.Length > 2 && args[1] == "--details" ? args[2] : null;
var score = await BlindSetScorer.ScoreAsync(PipelineFactory.CreateInProcess(), set, CancellationToken.None);
Console.WriteLine(score.Summary());
if (details is not null)
    await File.WriteAllLinesAsync(details, score.Files.Select(f => f.Describe()));
return 0;
