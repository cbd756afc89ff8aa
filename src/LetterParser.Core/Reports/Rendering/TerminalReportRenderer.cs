using System.Text;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>
/// Draws a <see cref="ReportDocument"/> for a terminal: plain text wrapped to a width, no Markdown marks, the
/// summary in a box at the top, next steps right after it, lists with hanging indents, quotes behind a bar.
/// </summary>
public sealed class TerminalReportRenderer(int width = 80)
{
    private readonly int _width = Math.Max(40, width);

    public string Render(LetterReport report, ReportView? view = null) => Render(ReportDocument.Build(report, view));

    public string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var output = new StringBuilder();
        Underlined(document.Title, '=', output);
        foreach (var section in document.Sections)
        {
            if (section.Heading is not null)
                Underlined(section.Heading, '-', output);
            foreach (var block in section.Blocks)
                Write(block, document.Text, output);
        }
        return output.ToString();
    }

    private void Write(Block block, UiText text, StringBuilder output)
    {
        switch (block)
        {
            case SummaryBlock { Summary: var summary }:
                var inner = _width - 4;
                output.Append('+').Append(new string('-', _width - 2)).Append("+\n");
                Boxed(summary.Heading.ToUpperInvariant(), inner, output);
                foreach (var line in summary.Lines)
                {
                    foreach (var wrapped in Wrap((line.Strong ? "! " : "- ") + line.Text, inner, "  "))
                        output.Append("| ").Append(wrapped.PadRight(inner)).Append(" |\n");
                }

                output.Append('+').Append(new string('-', _width - 2)).Append("+\n\n");
                break;
            case SubheadingBlock sub:
                Lines(sub.Badge is null ? sub.Text : $"[{sub.Badge.ToUpperInvariant()}] {sub.Text}", "", "", output);
                output.Append('\n');
                break;
            case ParagraphBlock p:
                var paragraph = p.Lead is null ? p.Text : p.Text.Length == 0 ? p.Lead : $"{p.Lead}. {p.Text}";
                Lines(paragraph, "", "", output);
                output.Append('\n');
                break;
            case ListBlock list:
                foreach (var item in list.Items)
                {
                    var body = item.Quoted ? text.Quoted(Flat(item.Text)) : Flat(item.Text);
                    var line = (item.Lead is null ? body : text.Labelled(item.Lead, body)) + (item.Note is null ? "" : $" ({item.Note})");
                    Lines(line, list.Checklist ? "  [ ] " : "  * ", list.Checklist ? "      " : "    ", output);
                }
                output.Append('\n');
                break;
            case QuoteBlock quote:
                foreach (var paragraphLine in quote.Text.ReplaceLineEndings("\n").Split('\n'))
                    Lines(paragraphLine, "  | ", "  | ", output);
                if (quote.Caption is not null)
                    Lines(quote.Caption, "    ", "    ", output);
                output.Append('\n');
                break;
            default:
                throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(block));
        }
    }

    private void Underlined(string text, char mark, StringBuilder output)
    {
        foreach (var line in Wrap(Flat(text), _width, ""))
            output.Append(line).Append('\n');
        output.Append(new string(mark, Math.Min(_width, Flat(text).Length))).Append("\n\n");
    }

    private void Lines(string text, string first, string rest, StringBuilder output)
    {
        var lines = Wrap(Flat(text), _width - first.Length, "");
        for (var i = 0; i < lines.Count; i++)
            output.Append(i == 0 ? first : rest).Append(lines[i]).Append('\n');
    }

    private static void Boxed(string text, int inner, StringBuilder output)
    {
        foreach (var line in Wrap(text, inner, ""))
            output.Append("| ").Append(line.PadRight(inner)).Append(" |\n");
    }

    /// <summary>Greedy word wrap; a word longer than the width (a long file name) is cut.</summary>
    internal static List<string> Wrap(string text, int width, string continuation)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = word;
            while (piece.Length > width - continuation.Length && piece.Length > 1)
            {
                if (line.Length > 0) { lines.Add(line.ToString()); line.Clear().Append(continuation); }
                var room = width - line.Length;
                lines.Add(line.Append(piece[..room]).ToString());
                line.Clear().Append(continuation);
                piece = piece[room..];
            }
            var needed = (line.Length > continuation.Length || (lines.Count == 0 && line.Length > 0) ? 1 : 0) + piece.Length;
            if (line.Length + needed > width && line.Length > 0 && line.ToString() != continuation)
            {
                lines.Add(line.ToString());
                line.Clear().Append(continuation);
            }
            if (line.Length > 0 && line.ToString() != continuation)
                line.Append(' ');
            line.Append(piece);
        }
        if (line.Length > 0 && line.ToString() != continuation)
            lines.Add(line.ToString());
        return lines.Count == 0 ? [""] : lines;
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ").Trim();
}
