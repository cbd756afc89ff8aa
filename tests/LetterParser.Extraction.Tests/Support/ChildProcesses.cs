namespace LetterParser.Extraction.Tests.Support;

/// <summary>The reader processes this test process has started and that are still alive, seen from /proc.</summary>
internal static class ChildProcesses
{
    public static IReadOnlyList<int> Readers()
    {
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // fields[0] is the state (Z: exited, not yet reaped), fields[1] the parent id.
                if (fields[1] == self && fields[0] != "Z" && File.ReadAllText(Path.Combine(dir, "cmdline")).Contains("LetterParser.Reader.dll", StringComparison.Ordinal))
                    found.Add(pid);
            }
            catch (IOException)
            {
            }
        }
        return found;
    }
}
