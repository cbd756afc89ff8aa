using System.Globalization;
using LetterParser.Fuzz;

// dotnet run -c Release --project tests/LetterParser.Fuzz -- [--seconds 75] [--mutants N] [--seed 1] [--only N]
//     [--seeds DIR] [--findings DIR] [--readers 2] [--replay FILE...] | --in-process FILE
// Exit code 0: no finding; 1: findings, written to the findings folder (artifacts/fuzz-findings by default).
if (args is ["--in-process", var file])
{
    // To see where a finding goes wrong: read in THIS process, where a stack overflow prints its stack, with OCR
    // when it is installed, as a reader reads.
    using var ocr = new LetterParser.Extraction.Ocr.TesseractScannedPageRecognizer();
    var source = new LetterParser.Extraction.DocumentTextExtractor(ocr.IsAvailable ? ocr : LetterParser.Extraction.NoOcr.Instance, LetterParser.Core.Pipeline.LetterLimits.Default);
    var document = source.Read(File.ReadAllBytes(file), CancellationToken.None);
    Console.WriteLine($"{document.Pages.Count} pages, {document.Warnings.Count} warnings");
    return 0;
}
var options = new FuzzOptions();
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
    options = args[i] switch
    {
        "--seconds" => options with { Duration = TimeSpan.FromSeconds(Int()) },
        "--mutants" => options with { MaxMutants = Int() },
        "--seed" => options with { Seed = Int() },
        "--only" => options with { Only = Int() },
        "--seeds" => options with { SeedFolder = Path.GetFullPath(Next()) },
        "--findings" => options with { FindingsFolder = Path.GetFullPath(Next()) },
        "--readers" => options with { Readers = Int() },
        "--replay" => options with { Replay = args[(i + 1)..] is var rest ? [.. rest.Select(Path.GetFullPath)] : [] },
        _ => throw new ArgumentException($"Unknown option {args[i]}."),
    };
    if (args[i] == "--replay")
        break;
}
return await FuzzRun.RunAsync(options, Console.Out);
