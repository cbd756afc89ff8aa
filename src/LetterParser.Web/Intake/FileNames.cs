using LetterParser.Core.Archives;
using System.Globalization;

namespace LetterParser.Web.Intake;

/// <summary>Uploaded file names as they may be stored and shown back; a name is never used as a path.</summary>
public static class FileNames
{
    /// <summary>
    /// The name without any folder part, without control characters, and without the invisible format characters
    /// (right-to-left override, bidi isolates and marks, zero-width characters) that make "\u202Efdp.exe" look like
    /// "exe.pdf" on a page or in a spreadsheet; trimmed to 200 characters.
    /// </summary>
    public static string ForDisplay(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not
            (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
             or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)).ToArray()).Trim();
        if (name.Length == 0)
            name = "letter";
        return name.Length > 200 ? name[..200] : name;
    }

    /// <summary>
    /// A zip entry's path as <see cref="LetterArchive"/> gives it ("clinic/letter.pdf", already free of ".." and
    /// absolute parts): each folder cleaned like <see cref="ForDisplay"/>, so two letter.pdf in different folders
    /// stay apart in the batch table.
    /// </summary>
    public static string ForArchiveEntry(string path)
    {
        var joined = string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(ForDisplay));
        return joined.Length == 0 ? "letter" : joined.Length > 200 ? joined[^200..] : joined;
    }
}
