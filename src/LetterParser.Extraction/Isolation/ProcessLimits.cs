using System.Globalization;
using System.Runtime.InteropServices;

namespace LetterParser.Extraction.Isolation;

/// <summary>
/// Hard limits the reader process puts on itself (Linux <c>setrlimit</c>), so that the kernel, not our code, stops a
/// file that escapes every check: RLIMIT_DATA caps the memory it can commit (managed heap, native image buffers,
/// thread stacks), RLIMIT_CPU kills it after its CPU budget for the current letter. Also what /proc says a process
/// used (itself, or a reader its parent is about to stop).
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

    [LibraryImport("libc", EntryPoint = "sysconf")]
    private static partial long SysConf(int name);

    /// <summary>_SC_CLK_TCK: the unit of the CPU times in /proc/&lt;pid&gt;/stat (USER_HZ, 100 almost everywhere).</summary>
    private const int ScClockTicks = 2;

    private static readonly Lazy<long> ClockTicksPerSecond = new(() => SysConf(ScClockTicks) is > 0 and var ticks ? ticks : 100);

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
    /// <param name="used">this process's CPU time now, the start the letter's own CPU time is counted from.</param>
    public static void LimitCpuFromNow(TimeSpan budget, TimeSpan used)
    {
        if (!Supported || budget <= TimeSpan.Zero)
            return;
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
    public static long PeakResidentBytes() => Status("self", "VmHWM:");

    /// <summary>The resident memory of this process now (VmRSS), in bytes; 0 where /proc is missing.</summary>
    public static long ResidentBytes() => Status("self", "VmRSS:");

    /// <summary>
    /// Another process's peak resident memory (VmHWM), read by its parent before it kills it: a reader stopped by
    /// the wall clock says nothing more itself. 0 when the process is gone or /proc is missing.
    /// </summary>
    public static long PeakResidentBytesOf(int pid) => Status(pid.ToString(CultureInfo.InvariantCulture), "VmHWM:");

    /// <summary>
    /// Another process's CPU time so far, user and system, all its threads (/proc/&lt;pid&gt;/stat, fields 14 and 15);
    /// null when the process is gone or /proc is missing.
    /// </summary>
    public static TimeSpan? CpuTimeOf(int pid)
    {
        if (!Supported)
            return null;
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            // The command name may hold spaces and brackets: fields are counted from its last ')'; state is field 3.
            var fields = stat.AsSpan(stat.LastIndexOf(')') + 2);
            Span<Range> parts = stackalloc Range[14];
            if (fields.Split(parts, ' ') < 14)
                return null;
            var ticks = long.Parse(fields[parts[11]], CultureInfo.InvariantCulture) + long.Parse(fields[parts[12]], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds((double)ticks / ClockTicksPerSecond.Value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static long Status(string process, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process}/status"))
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
