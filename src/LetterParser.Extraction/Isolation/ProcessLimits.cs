using System.Runtime.InteropServices;

namespace LetterParser.Extraction.Isolation;

/// <summary>
/// Hard limits the reader process puts on itself (Linux <c>setrlimit</c>), so that the kernel, not our code, stops a
/// file that escapes every check: RLIMIT_DATA caps the memory it can commit (managed heap, native image buffers,
/// thread stacks), RLIMIT_CPU kills it after its CPU budget for the current letter.
/// </summary>
internal static partial class ProcessLimits
{
    private const int RlimitCpu = 0;
    private const int RlimitData = 2;

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetRLimit(int resource, in RLimit limit);

    [LibraryImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static partial int GetRLimit(int resource, out RLimit limit);

    public static bool Supported => OperatingSystem.IsLinux();

    public static void LimitMemory(long bytes)
    {
        if (Supported && bytes > 0)
            Set(RlimitData, (ulong)bytes, (ulong)bytes);
    }

    /// <summary>
    /// From now, <paramref name="budget"/> more CPU time, then SIGXCPU, which ends the process. RLIMIT_CPU counts the
    /// whole life of the process, so a reused reader moves its soft limit up per letter; the hard limit stays where
    /// the system put it, because an unprivileged process can lower a hard limit but never raise it again.
    /// </summary>
    public static void LimitCpuFromNow(TimeSpan budget)
    {
        if (!Supported || budget <= TimeSpan.Zero)
            return;
        var used = Environment.CpuUsage.TotalTime;
        var soft = (ulong)Math.Ceiling((used + budget).TotalSeconds);
        var hard = GetRLimit(RlimitCpu, out var current) == 0 ? current.Maximum : ulong.MaxValue;
        Set(RlimitCpu, Math.Min(soft, hard), hard);
    }

    private static void Set(int resource, ulong soft, ulong hard)
    {
        var limit = new RLimit { Current = soft, Maximum = hard };
        if (SetRLimit(resource, limit) != 0)
            throw new InvalidOperationException($"setrlimit({resource}) failed with errno {Marshal.GetLastPInvokeError()}.");
    }

    /// <summary>
    /// Starts the peak over at the current resident memory, so that <see cref="PeakResidentBytes"/> is one letter's
    /// peak and not that of the reader's heaviest letter so far ("5" to clear_refs resets VmHWM, Linux 4.0 and later).
    /// </summary>
    public static void ResetPeak()
    {
        try
        {
            if (Supported)
                File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not allowed (some containers): the peak stays the reader's lifetime peak, an overestimate.
        }
    }

    /// <summary>The highest resident memory of this process so far (VmHWM), in bytes; 0 where /proc is missing.</summary>
    public static long PeakResidentBytes() => Status("VmHWM:");

    /// <summary>The resident memory of this process now (VmRSS), in bytes; 0 where /proc is missing.</summary>
    public static long ResidentBytes() => Status("VmRSS:");

    private static long Status(string field)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim()) * 1024;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return 0;
    }
}
