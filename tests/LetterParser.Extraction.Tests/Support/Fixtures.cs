namespace LetterParser.Extraction.Tests.Support;

/// <summary>Finds the committed binary fixtures, copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static string PathOf(string name)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Test fixture {name} is missing; it should be under tests/LetterParser.Extraction.Tests/Fixtures.", path);
        return path;
    }

    public static byte[] Read(string name) => File.ReadAllBytes(PathOf(name));
}
