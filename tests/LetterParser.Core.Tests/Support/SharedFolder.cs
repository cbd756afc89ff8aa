namespace LetterParser.Core.Tests.Support;

/// <summary>
/// The shared/ folder CI lays beside the clone (../shared: the domain notes and the report contract), which a
/// developer's checkout may not have.
/// </summary>
internal static class SharedFolder
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared"));

    public static bool Exists => Directory.Exists(Root);

    /// <summary>CI sets CI (GitHub and most runners to "true").</summary>
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}

/// <summary>
/// A test that needs ../shared. Without it the test is skipped on a developer machine, saying why; under CI (env
/// <c>CI</c> set) it runs and fails, so a missing shared/ never passes silently.
/// </summary>
public sealed class NeedsSharedFactAttribute : FactAttribute
{
    public NeedsSharedFactAttribute()
    {
        if (!SharedFolder.Exists && !SharedFolder.InCi)
            Skip = $"needs {SharedFolder.Root} (shared/ beside the clone, as CI lays it out)";
    }
}
