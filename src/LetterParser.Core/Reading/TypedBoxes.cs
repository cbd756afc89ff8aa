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
        if (line.Words.Count == 0 || !IsBox(line.Words, 0, out _, out _))
            return line;
        var kept = new List<Word>(line.Words.Count);
        for (var i = 0; i < line.Words.Count; i++)
        {
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
        }
        consumed = 0;
        isChecked = false;
        return false;
    }

    [GeneratedRegex(@"^[\[\{\(](?<tick>[xX×✕✗✘*])?[\]\}\)J|][.:,]?$")]
    private static partial Regex WholeBox();

    [GeneratedRegex(@"^[\[\{\(]$")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^[\]\}\)J|][.:,]?$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"^[xX×✕✗✘*][\]\}\)J|][.:,]?$")]
    private static partial Regex TickClosing();

    [GeneratedRegex(@"^[xX×✕✗✘*]$")]
    private static partial Regex Tick();
}
