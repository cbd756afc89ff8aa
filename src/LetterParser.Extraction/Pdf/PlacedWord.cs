using LetterParser.Core.Documents;
using UglyToad.PdfPig.Content;

namespace LetterParser.Extraction.Pdf;

/// <summary>A word of the text layer on its way into a <see cref="TextLine"/>: display-space box, baseline and glyphs.</summary>
internal sealed record PlacedWord(string Text, Box Box, double Baseline, double FontSize, IReadOnlyList<Letter> Letters)
{
    public Core.Documents.Word ToWord() => new(Text, Box);
}
