using System.Runtime.InteropServices;

/// <summary>
/// CPU seconds used, for this process and for its waited-for children (the CLI runs). On a shared machine
/// wall-clock rates move with other load; CPU per page is the steadier comparison.
/// </summary>
internal static partial class Cpu
{
    public static double SelfSeconds() => Usage(0);

    public static double ChildrenSeconds() => Usage(-1);

    private static double Usage(int who)
    {
        getrusage(who, out var usage);
        return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
    }

    // struct rusage on 64-bit Linux: two timevals then 14 longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVCsw, NIvCsw;
    }

    [LibraryImport("libc.so.6")]
    private static partial int getrusage(int who, out RUsage usage);
}
