namespace LetterParser.Core.Reading;

/// <summary>One reason as the letter gives it: a ticked or unticked checkbox line, a bullet, or a sentence.</summary>
/// <param name="Text">The letter's own words, with line breaks and hyphenation undone.</param>
/// <param name="Page">1-based page the reason starts on.</param>
/// <param name="Box">Whether the reason sits beside a checkbox, and its state.</param>
/// <param name="Confidence">Mean word confidence (1 for a text layer).</param>
/// <param name="Paragraph">Items of one paragraph or bullet share this number; a sentence that names no
/// ground right after one that does is read as its elaboration, not as a reason of its own.</param>
/// <param name="BoxConfidence">How sure the reading of the item's box is (1 without a box, or for a printed glyph).</param>
/// <param name="ListEntry">The item opens an entry of a bulleted, numbered or lettered list.</param>
public sealed record ReasonItem(string Text, int Page, BoxState Box, double Confidence = 1.0, int Paragraph = 0, double BoxConfidence = 1.0, bool ListEntry = false);

/// <summary>Whether a reason sits beside a checkbox, and its state. <see cref="Unknown"/>: a box is there (what is left
/// of one after a scan) but whether it was ticked cannot be told.</summary>
public enum BoxState { NoBox, Ticked, Unticked, Unknown }
