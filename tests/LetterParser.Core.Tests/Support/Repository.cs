namespace LetterParser.Core.Tests.Support;

/// <summary>Finds files of this repository from a test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LetterParser.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("LetterParser.sln not found above " + AppContext.BaseDirectory);
    }
}
