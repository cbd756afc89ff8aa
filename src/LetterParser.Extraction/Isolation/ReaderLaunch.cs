using System.Diagnostics;

namespace LetterParser.Extraction.Isolation;

/// <summary>How to start <c>LetterParser.Reader.dll</c>: with the <c>dotnet</c> host that runs this process.</summary>
internal static class ReaderLaunch
{
    public const string AssemblyName = "LetterParser.Reader.dll";

    private static readonly Lazy<string> GeneratedRuntimeConfig = new(WriteRuntimeConfig);

    public static ProcessStartInfo StartInfo(ReaderIsolationOptions options)
    {
        var assembly = options.ReaderAssembly ?? Path.Combine(AppContext.BaseDirectory, AssemblyName);
        if (!File.Exists(assembly))
            throw new FileNotFoundException($"The reader process ({AssemblyName}) is not next to the application; build or publish the project that references LetterParser.Reader.", assembly);
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        start.ArgumentList.Add("exec");
        // A referenced Exe's runtimeconfig is not always copied next to the referencing app (test projects); then
        // the reader runs on a config written for this runtime.
        var runtimeConfig = Path.ChangeExtension(assembly, ".runtimeconfig.json");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(File.Exists(runtimeConfig) ? runtimeConfig : GeneratedRuntimeConfig.Value);
        start.ArgumentList.Add(assembly);
        start.Environment[ReaderChild.MemoryVariable] = options.MaxMemoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The managed heap stops at three quarters of the limit with an OutOfMemoryException the reader reports
        // cleanly; RLIMIT_DATA, at the full limit, catches native memory (image buffers, Tesseract).
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (options.MaxMemoryBytes / 4 * 3).ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_TieredCompilation"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_gcServer"] = "0";
        return start;
    }

    /// <summary>The <c>dotnet</c> muxer: this process when it is one, else the one the SDK or the environment names.</summary>
    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet")
            return self;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            return host;
        foreach (var root in new[] { Environment.GetEnvironmentVariable("DOTNET_ROOT"), Path.GetDirectoryName(typeof(object).Assembly.Location) is { } fx ? Path.GetFullPath(Path.Combine(fx, "..", "..", "..")) : null })
        {
            if (root is not null && File.Exists(Path.Combine(root, "dotnet")))
                return Path.Combine(root, "dotnet");
        }
        return "dotnet";
    }

    private static string WriteRuntimeConfig()
    {
        var version = Environment.Version;
        var path = Path.Combine(Path.GetTempPath(), $"letterparser-reader-{version}.runtimeconfig.json");
        var framework = $"{version.Major}.{version.Minor}";
        File.WriteAllText(path, "{\"runtimeOptions\":{\"tfm\":\"net" + framework + "\",\"framework\":{\"name\":\"Microsoft.NETCore.App\",\"version\":\"" + framework + ".0\"}}}");
        return path;
    }
}
