using LetterParser.Extraction.Ocr.Native;

namespace LetterParser.Extraction.Ocr;

/// <summary>
/// Where libtesseract's language data is, and which of the models the reader can use are there. Found once per
/// reader: the native libraries must load and <c>eng.traineddata</c> must exist; French and orientation are optional.
/// </summary>
internal sealed record TesseractInstallation(string DataPath, bool HasFrench, bool HasOrientation)
{
    private static readonly string[] DataPathCandidates =
    [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata",
    ];

    /// <summary>The installation in <paramref name="configuredDataPath"/>, or else in the usual places; null when there is none.</summary>
    public static TesseractInstallation? Find(string? configuredDataPath)
    {
        try
        {
            if (!NativeLibraries.TryLoad())
            {
                return null;
            }

            var dataPath = configuredDataPath is { } configured ? [configured] : CandidateDataPaths();
            foreach (var path in dataPath)
            {
                if (File.Exists(Path.Combine(path, "eng.traineddata")))
                {
                    return new TesseractInstallation(path,
                        File.Exists(Path.Combine(path, "fra.traineddata")),
                        File.Exists(Path.Combine(path, "osd.traineddata")));
                }
            }

            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> CandidateDataPaths()
    {
        if (Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } prefix)
        {
            yield return prefix;
            yield return Path.Combine(prefix, "tessdata");
        }

        foreach (var path in DataPathCandidates)
        {
            yield return path;
        }
    }
}
