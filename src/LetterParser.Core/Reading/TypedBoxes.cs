using System.Text.RegularExpressions;
using LetterParser.Core.Documents;

namespace LetterParser.Core.Reading;

/// <summary>
/// Checkboxes typed as characters ("[X]", "[ ]") that OCR read back as text, often bent ("{]", "[].", "[)").
/// A text layer's typed boxes are taken out by Extraction; on OCR pages they arrive as words, and only their
/// shape says what they are. A line must start with one; further ones on that line count too
/// ("[ ] travel history [X] purpose of visit").
/// </summary>
internal static partial class TypedBoxes
{
    public static TextLine Take(TextLine line, List<CheckboxMark> marks)
    {
        // OCR reads a capital I as a bar ("| am not satisfied"); put the letter back.
        if (line.Words.Any(w => w.Text == "|"))
            line = new TextLine(line.Words.Select(w => w.Text == "|" ? w with { Text = "I" } : w).ToList());
        if (line.Words.Count == 0)
            return line;
        line = Unglued(line);
        // A line that opens with a box's closing half ("]travel record", "] purpose"): OCR lost the opening
        // half, and may have lost a tick with it, so the box is there but its state is not known.
        var lostOpening = LostOpening().Match(line.Words[0].Text);
        if (!IsBox(line.Words, 0, out _, out _) && !lostOpening.Success && !(Opening().IsMatch(line.Words[0].Text) && line.Words.Count > 1))
            return line;
        var kept = new List<Word>(line.Words.Count);
        var start = 0;
        if (lostOpening.Success)
        {
            marks.Add(new CheckboxMark(line.Words[0].Box, IsChecked: false, Confidence: UnknownState));
            if (lostOpening.Groups["rest"].Length > 0)
                kept.Add(line.Words[0] with { Text = lostOpening.Groups["rest"].Value });
            start = 1;
        }
        for (var i = start; i < line.Words.Count; i++)
        {
            // An opening half with no closing half after it ("[ la durée"): a tick may have gone with the closing
            // half, so the box's state is not known.
            if (Opening().IsMatch(line.Words[i].Text) && !IsBox(line.Words, i, out _, out _))
            {
                marks.Add(new CheckboxMark(line.Words[i].Box, IsChecked: false, Confidence: UnknownState));
                continue;
            }
            if (IsBox(line.Words, i, out var consumed, out var isChecked))
            {
                marks.Add(new CheckboxMark(Box.Union(line.Words.Skip(i).Take(consumed).Select(w => w.Box)), isChecked));
                i += consumed - 1;
                continue;
            }
            kept.Add(line.Words[i]);
        }
        return kept.Count == 0 ? line with { Words = [] } : new TextLine(kept);
    }

    /// <summary>Below the reading's trust in a box (see ReasonMatching): such a box is listed as unreadable.</summary>
    private const double UnknownState = 0.3;

    /// <summary>
    /// A box glued to the word after it when OCR dropped the space ("[X]I", "[ ]Inadmissible", "[X]!" for
    /// "[X] I"): the box and the word are split apart, the word's share of the box estimated by its letters.
    /// </summary>
    private static TextLine Unglued(TextLine line)
    {
        if (!line.Words.Any(w => GluedBox().IsMatch(w.Text)))
            return line;
        var words = new List<Word>(line.Words.Count + 2);
        foreach (var word in line.Words)
        {
            var glued = GluedBox().Match(word.Text);
            if (!glued.Success)
            {
                words.Add(word);
                continue;
            }
            var box = glued.Groups["box"].Value;
            var rest = glued.Groups["rest"].Value is "!" or "l" ? "I" : glued.Groups["rest"].Value;
            var split = word.Box.Left + word.Box.Width * box.Length / word.Text.Length;
            words.Add(word with { Text = box, Box = word.Box with { Right = split } });
            words.Add(word with { Text = rest, Box = word.Box with { Left = split } });
        }
        return new TextLine(words);
    }

    private static bool IsBox(IReadOnlyList<Word> words, int i, out int consumed, out bool isChecked)
    {
        var whole = WholeBox().Match(words[i].Text);
        if (whole.Success)
        {
            consumed = 1;
            isChecked = whole.Groups["tick"].Success;
            return true;
        }
        // Split by OCR into "[" "]" or "[" "X]" or "[" "X" "]".
        if (Opening().IsMatch(words[i].Text) && i + 1 < words.Count)
        {
            if (Closing().IsMatch(words[i + 1].Text))
            {
                consumed = 2;
                isChecked = false;
                return true;
            }
            if (TickClosing().IsMatch(words[i + 1].Text))
            {
                consumed = 2;
                isChecked = true;
                return true;
            }
            if (i + 2 < words.Count && Tick().IsMatch(words[i + 1].Text) && Closing().IsMatch(words[i + 2].Text))
            {
                consumed = 3;
                isChecked = true;
                return true;
            }
            if (i + 2 < words.Count && words[i + 1].Text == "_" && Closing().IsMatch(words[i + 2].Text))
            {
                consumed = 3;
                isChecked = false;
                return true;
            }
        }
        // Split after the tick: "[X" "]"; or the closing half lost or glued into the next word ("[X Je but" for
        // "[X] le but"): the tick was read, so the box is ticked, and the next word stays a word.
        if (OpeningTick().IsMatch(words[i].Text))
        {
            consumed = i + 1 < words.Count && Closing().IsMatch(words[i + 1].Text) ? 2 : 1;
            isChecked = true;
            return true;
        }
        consumed = 0;
        isChecked = false;
        return false;
    }

    // An empty box often comes back with its bottom edge as an underscore: "[_]", "[_", "_]".
    [GeneratedRegex(@"^[\[\{\(](?<tick>[xX×✕✗✘*])?_?[\]\}\)J|][.:,]?$")]
    private static partial Regex WholeBox();

    [GeneratedRegex(@"^[\[\{\(]_?$")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^[\[\{\(][xX×✕✗✘*]$")]
    private static partial Regex OpeningTick();

    [GeneratedRegex(@"^(?<box>[\[\{\(][xX×✕✗✘*]?[\]\}\)|])(?<rest>[A-Za-z!][^\s\[\]]*)$")]
    private static partial Regex GluedBox();

    [GeneratedRegex(@"^[\]\}](?<rest>[a-z][^\s\[\]]*)?$")]
    private static partial Regex LostOpening();

    [GeneratedRegex(@"^_?[\]\}\)J|][.:,]?$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"^[xX×✕✗✘*][\]\}\)J|][.:,]?$")]
    private static partial Regex TickClosing();

    [GeneratedRegex(@"^[xX×✕✗✘*]$")]
    private static partial Regex Tick();
}
