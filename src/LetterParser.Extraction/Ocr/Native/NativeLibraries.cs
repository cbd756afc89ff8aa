using System.Reflection;
using System.Runtime.InteropServices;

namespace LetterParser.Extraction.Ocr.Native;

/// <summary>
/// Finds libtesseract and leptonica under their distribution sonames and prepares the native
/// environment before Tesseract is first loaded. Nothing here throws: a missing library only makes
/// <see cref="TryLoad"/> return false, so the types can be touched on machines without Tesseract.
/// </summary>
internal static class NativeLibraries
{
    public const string TesseractLibrary = "tesseract";
    public const string LeptonicaLibrary = "lept";
    public const string LibCLibrary = "libc";

    // Debian 12 ships liblept.so.5; newer distributions renamed it libleptonica.so.6.
    private static readonly string[] TesseractNames = ["libtesseract.so.5", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib"];
    private static readonly string[] LeptonicaNames = ["liblept.so.5", "libleptonica.so.6", "libleptonica.so", "liblept.so", "libleptonica.6.dylib", "libleptonica.dylib"];
    // "libc.so" is a linker script on glibc systems and cannot be dlopen'ed.
    private static readonly string[] LibCNames = ["libc.so.6", "libc.dylib"];

    private static readonly Lock Gate = new();
    private static bool _resolverInstalled;
    private static bool? _loaded;

    /// <summary>Loads both libraries once; false when either is missing or unusable.</summary>
    public static bool TryLoad()
    {
        lock (Gate)
        {
            if (_loaded is { } known)
            {
                return known;
            }

            InstallResolver();
            try
            {
                // OpenMP inside libtesseract spins one thread per core per engine; with several engines on a
                // two-core machine that is 5x slower. The limit is read when libgomp initialises, so it must be
                // in the C environment before libtesseract is loaded; Environment.SetEnvironmentVariable only
                // changes the managed copy on Linux.
                LimitOpenMpThreads();
                _loaded = TryLoadAny(TesseractNames) && TryLoadAny(LeptonicaNames);
                if (_loaded == true)
                {
                    // Leptonica writes every decoding complaint to stderr; failures are reported by return value.
                    Leptonica.setMsgSeverity(Leptonica.SeverityNone);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
            {
                _loaded = false;
            }

            return _loaded.Value;
        }
    }

    /// <summary>Called from the static constructors of the binding classes, so no P/Invoke can run before it.</summary>
    internal static void EnsureResolver()
    {
        lock (Gate)
        {
            InstallResolver();
        }
    }

    internal static void LimitOpenMpThreads()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _ = LibCFunctions.setenv("OMP_THREAD_LIMIT", "1", 1);
    }

    private static bool TryLoadAny(string[] names)
    {
        foreach (var name in names)
        {
            if (NativeLibrary.TryLoad(name, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static void InstallResolver()
    {
        if (_resolverInstalled)
        {
            return;
        }

        _resolverInstalled = true;
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName == TesseractLibrary)
        {
            LimitOpenMpThreads();
        }

        var candidates = libraryName switch
        {
            TesseractLibrary => TesseractNames,
            LeptonicaLibrary => LeptonicaNames,
            LibCLibrary => LibCNames,
            _ => null,
        };
        if (candidates is null)
        {
            return IntPtr.Zero;
        }

        foreach (var name in candidates)
        {
            if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}

internal static partial class LibCFunctions
{
    static LibCFunctions() => NativeLibraries.EnsureResolver();

    [LibraryImport(NativeLibraries.LibCLibrary, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int setenv(string name, string value, int overwrite);

    /// <summary>Gives freed heap pages back to the OS so that resident size reflects live memory (benchmarks).</summary>
    [LibraryImport(NativeLibraries.LibCLibrary)]
    internal static partial int malloc_trim(nuint pad);
}
