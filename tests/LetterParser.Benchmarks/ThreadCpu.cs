using System.Runtime.InteropServices;

namespace LetterParser.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID, nanoseconds), so that each stage of one letter
/// can be timed on its own without the other tenants of a shared machine in the figure. Elsewhere, the process's
/// CPU time (coarser, but the stages still sum to the whole).
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static long NowNanoseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0)
            return t.Seconds * 1_000_000_000 + t.Nanoseconds;
        return (long)(Environment.CpuUsage.TotalTime.TotalMilliseconds * 1_000_000);
    }
}

/// <summary>
/// CPU time of this process's children (the reader processes), from /proc: a reader's work is not in this process's
/// own CPU time, and it is only counted in RUSAGE_CHILDREN once the reader has exited.
/// </summary>
internal static class ChildrenCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux architecture .NET runs on

    public static double NowMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
            return 0;
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        double total = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!char.IsDigit(Path.GetFileName(dir)[0]))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // The command name may hold spaces and brackets: fields are counted from its last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[1] == self) // field 4, ppid
                    total += (double.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + double.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) * 1000 / TicksPerSecond;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // gone meanwhile
            }
        }
        return total;
    }
}
