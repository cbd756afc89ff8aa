using PdfSharp.Fonts;

namespace LetterParser.Pdf;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces from Debian's fonts-dejavu-core (installed by scripts/install-system-packages.sh
/// and the Dockerfile): nothing is downloaded at run time, and the faces are embedded (subset) in every PDF, so the
/// report reads the same on any machine. DejaVu covers French accents, «», ☐ and the dashes the texts use.
/// </summary>
internal sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];

    private static readonly object Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp allows setting it only before the first font is used).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is SystemFontResolver)
                return;
            GlobalFontSettings.FontResolver = new SystemFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        (bold, italic) switch
        {
            (true, true) => new FontResolverInfo("DejaVuSans-BoldOblique"),
            (true, false) => new FontResolverInfo("DejaVuSans-Bold"),
            (false, true) => new FontResolverInfo("DejaVuSans-Oblique"),
            _ => new FontResolverInfo("DejaVuSans"),
        };

    public byte[]? GetFont(string faceName)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, faceName + ".ttf");
            if (File.Exists(path))
                return File.ReadAllBytes(path);
        }
        throw new FileNotFoundException(
            $"The font {faceName}.ttf was not found in {string.Join(", ", Folders)}. Install the Debian package fonts-dejavu-core (scripts/install-system-packages.sh does).");
    }
}
