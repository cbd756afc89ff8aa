using System.Text;
using System.Text.RegularExpressions;

namespace LetterParser.Core.Reading;

/// <summary>How the reasons block is laid out.</summary>
public enum ReasonsLayout { Sentences, Bullets, Checkboxes }

/// <summary>
/// The reasons block cut into reason items. <see cref="BoxesUnreadable"/>: the letter prints a checkbox form
/// but no box state could be read, so no item of it may count as a ground.
/// </summary>
public sealed record ReasonItems(IReadOnlyList<ReasonItem> Items, ReasonsLayout Layout, bool BoxesUnreadable)
{
    public bool UsesCheckboxes => Layout == ReasonsLayout.Checkboxes;
}

/// <summary>
/// Cuts the reasons block into items: in a checkbox form, each mark starts an item (with its state); elsewhere
/// paragraphs and bullets are cut into sentences, the sentences of one paragraph sharing a number.
/// </summary>
public static partial class ReasonItemSplitter
{
    public static ReasonItems Split(LetterSections sections)
    {
        var block = sections.ReasonsBlock;
        var withMarks = block.Any(l => l.Marks.Count > 0);
        // A checkbox form whose boxes a scan turned into stray characters ("@ travel history", "Q purpose of
        // visit"), or a letter that says it prints a form ("the boxes checked below") where no box was found:
        // ticked and empty cannot be told apart, so nothing in it may count as a ground.
        var strayMarks = block.Count(l => StartsWithALostBox(l.Text)) >= 3;
        var declaresForm = sections.Letter.Any(l => FormDeclared().IsMatch(l.Folded));
        var unreadable = !withMarks && (strayMarks || declaresForm);
        if (withMarks || unreadable)
            return new ReasonItems(CheckboxItems(block), ReasonsLayout.Checkboxes, unreadable);
        var layout = block.Any(l => Bullet().IsMatch(l.Text)) ? ReasonsLayout.Bullets : ReasonsLayout.Sentences;
        return new ReasonItems(SentenceItems(block), layout, false);
    }

    /// <summary>Each mark starts an item made of the words to its right (up to the next mark on the line) and the lines that continue it.</summary>
    private static List<ReasonItem> CheckboxItems(IReadOnlyList<LayoutLine> block)
    {
        var items = new List<ReasonItem>();
        StringBuilder? current = null;
        var currentPage = 0;
        var currentState = BoxState.NoBox;
        var currentBoxConfidence = 1.0;
        var confidences = new List<double>();
        LayoutLine? previous = null;

        void Flush()
        {
            if (current is { Length: > 0 })
                items.Add(new ReasonItem(current.ToString(), currentPage, currentState, confidences.Count == 0 ? 1 : confidences.Average(), items.Count, currentBoxConfidence));
            current = null;
            confidences.Clear();
        }

        foreach (var line in block)
        {
            if (line.Marks.Count == 0)
            {
                // A line continues the item above it when it runs on from it: same block, and either the line
                // above stopped mid-sentence or this one starts in lower case. A new sentence, or a line that
                // starts with what is left of a box, is an item of its own whose box was lost.
                var continues = current is not null && previous is not null && previous.Page == line.Page && !line.StartsBlock
                    && !StartsWithALostBox(line.Text)
                    && (!SentenceEnd().IsMatch(previous.Text) || StartsLowerCase().IsMatch(line.Text));
                if (!continues)
                {
                    Flush();
                    current = new StringBuilder();
                    currentPage = line.Page;
                    // What is left of a box is a box whose state no one can tell: it is listed as unreadable,
                    // never counted, and never joined to the ticked item above it.
                    var lostBox = StartsWithALostBox(line.Text);
                    currentState = lostBox ? BoxState.Unknown : BoxState.NoBox;
                    currentBoxConfidence = lostBox ? 0 : 1.0;
                }
                TextCleanup.AppendLine(current!, line.Text);
                confidences.AddRange(line.Words.Select(w => w.Confidence));
                previous = line;
                continue;
            }

            // Each mark owns the words up to the next mark; words left of the first mark (a number or a label)
            // stay with the first item.
            for (var m = 0; m < line.Marks.Count; m++)
            {
                var mark = line.Marks[m];
                var right = m + 1 < line.Marks.Count ? line.Marks[m + 1].Box.Left : double.MaxValue;
                var left = m == 0 ? double.MinValue : mark.Box.Left;
                var words = line.Words.Where(w => w.Box.CenterX > left && w.Box.CenterX < right).ToList();
                Flush();
                current = new StringBuilder();
                currentPage = line.Page;
                currentState = mark.IsChecked ? BoxState.Ticked : BoxState.Unticked;
                currentBoxConfidence = mark.Confidence;
                TextCleanup.AppendLine(current, TextCleanup.Tidy(string.Join(' ', words.Select(w => w.Text))));
                confidences.AddRange(words.Select(w => w.Confidence));
            }
            previous = line;
        }
        Flush();
        return items;
    }

    /// <summary>Paragraphs and bullets, each cut into sentences.</summary>
    private static List<ReasonItem> SentenceItems(IReadOnlyList<LayoutLine> block)
    {
        var items = new List<ReasonItem>();
        var paragraph = new StringBuilder();
        var paragraphPage = 0;
        var paragraphNumber = 0;
        var confidences = new List<double>();
        // Where in the paragraph's text each page begins: a paragraph runs on across a page break, but each
        // sentence carries the page it starts on, so that a quote points at the right page.
        var pageStarts = new List<(int Offset, int Page)>();
        var listEntry = false;
        LayoutLine? previous = null;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                var confidence = confidences.Count == 0 ? 1 : confidences.Average();
                var text = paragraph.ToString();
                var first = true;
                var cursor = 0;
                foreach (var sentence in TextCleanup.Sentences(text))
                {
                    var at = text.IndexOf(sentence[..Math.Min(sentence.Length, 24)], cursor, StringComparison.Ordinal);
                    var page = at < 0 ? paragraphPage : pageStarts.Last(p => p.Offset <= at).Page;
                    cursor = at < 0 ? cursor : at + 1;
                    items.Add(new ReasonItem(sentence, page, BoxState.NoBox, confidence, paragraphNumber, ListEntry: listEntry && first));
                    first = false;
                }
                paragraphNumber++;
            }
            paragraph.Clear();
            confidences.Clear();
            pageStarts.Clear();
        }

        foreach (var line in block)
        {
            var text = line.Text;
            var bullet = Bullet().Match(text);
            // A paragraph runs on across a page break; a gap larger than the line pitch or a bullet ends it.
            var newParagraph = bullet.Success || (previous is not null && previous.Page == line.Page && line.StartsBlock);
            if (newParagraph)
                Flush();
            if (paragraph.Length == 0)
            {
                paragraphPage = line.Page;
                listEntry = bullet.Success;
            }
            if (pageStarts.Count == 0 || pageStarts[^1].Page != line.Page)
                pageStarts.Add((paragraph.Length, line.Page));
            TextCleanup.AppendLine(paragraph, bullet.Success ? text[bullet.Length..] : text);
            confidences.AddRange(line.Words.Select(w => w.Confidence));
            previous = line;
        }
        Flush();
        return items;
    }

    // A letter that says its reasons are the ticked boxes of a printed list.
    [GeneratedRegex(@"(box(es)?\s+(that\s+(are|is)\s+)?(checked|ticked|marked|selected)|(checked|ticked|marked)\s+box(es)?|cases?\s+(qui\s+sont\s+)?cochees?|cochees?\s+ci-dessous|case\s+cochee|(check|tick)\s*mark)")]
    private static partial Regex FormDeclared();

    [GeneratedRegex(@"[.!?:]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*\p{Ll}")]
    private static partial Regex StartsLowerCase();

    // One character that is no word, or a symbol, before a lower-case reason: what OCR makes of a box glyph.
    [GeneratedRegex(@"^\s*([^\p{L}\p{N}\s•●▪◦·\*\-–—(|¢«»©]{1,2}|[QOoJ0-9üùàâ]|[QOJ][\]\)])\s+\p{Ll}")]
    private static partial Regex StrayMarkAtStart();

    private static bool StartsWithALostBox(string text) => StrayMarkAtStart().IsMatch(text) || StrayMarkCluster().IsMatch(text);

    // A fax or a low-resolution scan breaks a box into a symbol and its pieces ("€ > travel history", "€X> purpose",
    // "€ 39 Current employment"): a symbol opening the line with a character or a closing bracket glued to it, or
    // a second short piece after it, then the reason's first word. A symbol alone before a capital ("+ Je ne
    // suis pas", "° Votre situation") is a bullet; brackets open typed boxes, which TypedBoxes reads.
    [GeneratedRegex(@"^\s*[^\p{L}\p{N}\s•●▪◦·\*\-–—(|¢«»©""“”'‘’$+°º›►→‣∙⁃\[\{]((([\p{L}\p{N}%*]{1,2}[>\)\]\}|]?)|[>\)\]\}|])\s+|\s+[^\p{L}\s]{1,3}\s+)\p{L}")]
    private static partial Regex StrayMarkCluster();

    // OCR reads a round bullet as ¢, «, » or ©: a glyph no reason begins with.
    [GeneratedRegex(@"^\s*([•●▪◦·\*\-–—o+¢«»©]|\d{1,2}[.)]|\(?[a-h][.)]|\(?[ivx]{1,4}[.)])\s+")]
    private static partial Regex Bullet();
}
