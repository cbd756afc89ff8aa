using LetterParser.Core.Documents;
using LetterParser.Extraction;

namespace LetterParser.Benchmarks;

/// <summary>One digital letter of the varied mix: its bytes and the text its text layer yields.</summary>
internal sealed record VariedLetter(string Name, byte[] Bytes, DocumentText Document);

/// <summary>
/// The varied mix bench/batch-varied.sh reads: every text-layer PDF under samples/digital and the frozen blind sets
/// (tests/BlindSets/*/letters). One letter measured a thousand times flatters the caches and hides the stages a
/// layout, a language or a GCMS printout takes through; the mix does not. Scans are left out (OCR has its own bench).
/// </summary>
internal static class VariedLetters
{
    public static IReadOnlyList<string> DefaultFolders()
    {
        var root = RepositoryRoot();
        var blind = Path.Combine(root, "tests", "BlindSets");
        return [Path.Combine(root, "samples", "digital"),
            .. Directory.Exists(blind) ? Directory.GetDirectories(blind).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "letters")).Where(Directory.Exists) : []];
    }

    public static IReadOnlyList<VariedLetter> Load(IReadOnlyList<string> folders)
    {
        var source = new DocumentTextExtractor();
        return folders.SelectMany(f => Directory.GetFiles(f, "*.pdf")).Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Bytes: File.ReadAllBytes(path)))
            .Select(l => new VariedLetter(l.Name, l.Bytes, TryRead(source, l.Bytes)!))
            .Where(l => l.Document is { } text && text.Pages.All(p => p.Method == ReadingMethod.TextLayer))
            .ToList();
    }

    private static DocumentText? TryRead(DocumentTextExtractor source, byte[] bytes)
    {
        try
        {
            return source.Read(bytes, CancellationToken.None);
        }
        catch (LetterInputException)
        {
            return null; // not a readable digital letter (a scan without OCR here): not part of this mix
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LetterParser.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository (LetterParser.sln not found above the current folder).");
    }
}
