using LetterParser.Core.Archives;
using LetterParser.Extraction;

namespace LetterParser.Fuzz;

/// <summary>Which entry point a file goes in by: a zip is unpacked first, anything else is read as a letter.</summary>
internal enum EntryPoint { Pdf, Image, Zip, Other }

/// <summary>One checked-in seed: a small file that reaches one of the parsers.</summary>
internal sealed record Seed(string Name, byte[] Content)
{
    public EntryPoint EntryPoint { get; } = Classify(Content);

    public static EntryPoint Classify(ReadOnlySpan<byte> content)
    {
        if (LetterArchive.LooksLikeZip(content))
            return EntryPoint.Zip;
        try
        {
            return FileSniffer.Sniff(content) == MediaTypes.Pdf ? EntryPoint.Pdf : EntryPoint.Image;
        }
        catch (LetterParser.Core.Documents.LetterInputException)
        {
            return EntryPoint.Other; // neither: the sniffer refuses it, as the pipeline will
        }
    }
}

/// <summary>The seed corpus (tests/LetterParser.Fuzz/Seeds), in name order so a run seed means the same mutants everywhere.</summary>
internal static class SeedCorpus
{
    public static IReadOnlyList<Seed> Load(string folder)
    {
        var seeds = Directory.EnumerateFiles(folder)
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => new Seed(Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
        if (seeds.Count == 0)
            throw new InvalidOperationException($"No seeds in {folder}.");
        return seeds;
    }
}
