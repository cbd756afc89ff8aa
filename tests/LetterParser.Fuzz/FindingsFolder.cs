using System.Globalization;

namespace LetterParser.Fuzz;

/// <summary>
/// Where findings go: the mutant's bytes, named by kind, seed file, run seed and mutant number, with a note beside it
/// saying how to get it again (<c>--seed S --only N</c>) and what it did.
/// </summary>
internal sealed class FindingsFolder(string path)
{
    public string Path { get; } = path;

    public string Write(Verdict verdict, byte[] content, Seed seed, int runSeed, int mutant, string edits)
    {
        Directory.CreateDirectory(Path);
        var extension = System.IO.Path.GetExtension(seed.Name);
        var stem = string.Create(CultureInfo.InvariantCulture, $"{verdict.Finding}-{System.IO.Path.GetFileNameWithoutExtension(seed.Name)}-s{runSeed}-m{mutant}");
        var file = System.IO.Path.Combine(Path, stem + extension);
        File.WriteAllBytes(file, content);
        File.WriteAllText(System.IO.Path.Combine(Path, stem + ".txt"), string.Create(CultureInfo.InvariantCulture,
            $"""
            finding: {verdict}
            seed file: {seed.Name}
            again: dotnet run -c Release --project tests/LetterParser.Fuzz -- --seed {runSeed} --only {mutant}
            edits: {edits}

            """));
        return file;
    }
}
