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
/// A test that needs ../shared. Without it the test is reported as skipped, saying why, never passed silently.
/// It is not failed under CI: whether a CI machine lays shared/ beside the clone is not ours to know, and a red CI
/// for a folder outside the repository would block every change; the skip shows in the test summary instead.
/// </summary>
public sealed class NeedsSharedFactAttribute : FactAttribute
{
    public NeedsSharedFactAttribute()
    {
        if (!SharedFolder.Exists)
            Skip = $"needs {SharedFolder.Root} (shared/ beside the clone, as CI lays it out)" + (SharedFolder.InCi ? " — missing on this CI machine" : "");
    }
}
