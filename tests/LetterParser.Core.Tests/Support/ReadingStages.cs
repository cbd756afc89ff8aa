using LetterParser.Core.Reading;

namespace LetterParser.Core.Tests.Support;

/// <summary>
/// The Reading stages run in the pipeline's order on a letter written in a test, stopping at the stage under test:
/// each stage's tests start from the real output of the stages before it, never from a hand-copied shape of it.
/// </summary>
internal static class ReadingStages
{
    /// <summary>With <paramref name="ocr"/>, the pages say they were read from a scan, with this word confidence.</summary>
    public static LineLayout Layout(string text, bool ocr = false, double wordConfidence = 0.9) =>
        LineLayout.Of(ocr ? LetterTextBuilder.FromText(text, wordConfidence, ocr: true) : LetterTextBuilder.FromText(text));

    /// <param name="notesStart">The line that heads attached officer notes, as the document-kind stage would give it.</param>
    public static LetterSections Sections(string text, int? notesStart = null) =>
        LetterSectionFinder.Find(Layout(text), notesStart);

    public static ReasonItems Items(string text) => ReasonItemSplitter.Split(Sections(text));

    /// <summary>The text of each line of a part of the letter.</summary>
    public static string[] Texts(IEnumerable<LayoutLine> lines) => lines.Select(l => l.Text).ToArray();
}
