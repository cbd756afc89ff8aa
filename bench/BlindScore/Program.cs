using LetterParser.Extraction;
using LetterParser.Extraction.Isolation;
using LetterParser.BlindSets;

// dotnet run -c Release --project bench/BlindScore -- tests/BlindSets/grounds-1 [--details FILE]
// dotnet run -c Release --project bench/BlindScore -- --text LETTER   (the text and boxes one file yields)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: BlindScore SET_DIR [--details FILE]");
    return 2;
}
if (args is ["--text", var letter])
{
    // Diagnosis of one letter of a tuning set: the lines and boxes the reading stages receive.
    var text = await PipelineFactory.CreateInProcessSource().ReadAsync(await File.ReadAllBytesAsync(letter), Path.GetFileName(letter), CancellationToken.None);
    foreach (var page in text.Pages)
    {
        Console.WriteLine($"--- page {page.Number} ({page.Method}, OCR confidence {page.OcrConfidence:0.00}, rotation {page.Rotation})");
        foreach (var line in page.Lines)
            Console.WriteLine($"{line.Box.Top,7:0.0} {line.Box.Left,7:0.0}  {line.Text}");
        foreach (var box in page.Checkboxes)
            Console.WriteLine($"[box {(box.IsChecked ? "x" : " ")} {box.Confidence:0.00}] at {box.Box.Top:0.0},{box.Box.Left:0.0}");
    }
    return 0;
}
var set = args[0];
var details = args.Length > 2 && args[1] == "--details" ? args[2] : null;
// Scored through reader processes, as the CLI and the service read letters: what crosses the process boundary
// (box confidences, OCR confidences) is what the products see.
var parallel = Math.Max(1, Environment.ProcessorCount);
using var readers = new IsolatedDocumentSource(LetterParser.Core.Pipeline.LetterLimits.Default, new ReaderIsolationOptions { Readers = parallel });
var score = await BlindSetScorer.ScoreAsync(PipelineFactory.CreateIsolated(readers), set, CancellationToken.None, parallel);
Console.WriteLine(score.Summary());
if (details is not null)
    await File.WriteAllLinesAsync(details, score.Files.Select(f => f.Describe()));
return 0;
