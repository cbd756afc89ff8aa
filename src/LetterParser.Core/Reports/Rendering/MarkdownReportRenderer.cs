using System.Text;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>
/// Draws a <see cref="ReportDocument"/> as Markdown: headings, bullet lists and block quotes only, no tables (they
/// wrap badly) and no HTML. The summary box is the first block quote, right under the title.
/// </summary>
public sealed class MarkdownReportRenderer
{
    public static MarkdownReportRenderer Default { get; } = new();

    /// <summary>The report as one Markdown document with "\n" line ends; an error report becomes a short message.</summary>
    public string Render(LetterReport report, ReportView? view = null) => Render(ReportDocument.Build(report, view));

    public string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(document.Title)).Append("\n\n");
        foreach (var section in document.Sections)
        {
            if (section.Heading is not null)
                md.Append("## ").Append(Inline(section.Heading)).Append("\n\n");
            foreach (var block in section.Blocks)
                Write(block, document.Text, md);
        }
        return md.ToString();
    }

    /// <summary>Writes <see cref="Render(LetterReport, ReportView?)"/>'s text to <paramref name="writer"/>.</summary>
    public void Write(LetterReport report, TextWriter writer, ReportView? view = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Render(report, view));
    }

    private static void Write(Block block, UiText text, StringBuilder md)
    {
        switch (block)
        {
            case SummaryBlock { Summary: var summary }:
                md.Append("> **").Append(Inline(summary.Heading)).Append("**\n>\n");
                foreach (var line in summary.Lines)
                    md.Append("> - ").Append(line.Strong ? "**" + Inline(line.Text) + "**" : Inline(line.Text)).Append('\n');
                md.Append('\n');
                break;
            case SubheadingBlock sub:
                md.Append("### ");
                if (sub.Badge is not null)
                    md.Append(sub.Badge.ToUpperInvariant()).Append(": ");
                md.Append(Inline(sub.Text)).Append("\n\n");
                break;
            case ParagraphBlock p:
                if (p.Lead is not null)
                    md.Append("**").Append(Inline(p.Lead)).Append(p.Text.Length == 0 ? "**" : ".** ").Append(MarkdownText.Escape(p.Text));
                else if (p.Strong)
                    md.Append("**").Append(MarkdownText.Escape(p.Text)).Append("**");
                else if (p.Small)
                    md.Append('_').Append(MarkdownText.Escape(p.Text)).Append('_');
                else
                    md.Append(MarkdownText.Escape(p.Text));
                md.Append("\n\n");
                break;
            case ListBlock list:
                foreach (var item in list.Items)
                {
                    md.Append(list.Checklist ? "- [ ] " : "- ");
                    if (item.Lead is not null)
                        md.Append("**").Append(Inline(item.Lead)).Append("**").Append(text["list.leadSeparator"]);
                    md.Append(item.Quoted ? text.Quoted(Inline(item.Text)) : Inline(item.Text));
                    if (item.Note is not null)
                        md.Append(" (").Append(Inline(item.Note)).Append(')');
                    md.Append('\n');
                }
                md.Append('\n');
                break;
            case QuoteBlock quote:
                Quote(quote.Text, md);
                if (quote.Caption is not null)
                    md.Append('\n').Append('_').Append(Inline(quote.Caption)).Append('_').Append('\n');
                md.Append('\n');
                break;
            default:
                throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(block));
        }
    }

    // Letter text can hold line breaks; every line must keep its "> " or the quote spills into the page.
    private static void Quote(string text, StringBuilder md)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
            md.Append("> ").Append(MarkdownText.Escape(line.TrimEnd())).Append('\n');
    }

    // Values from the letter shown inline: a stray line break would end the list item or heading.
    // Letter text and file names are untrusted: written as plain text, never as Markdown or HTML a viewer would run.
    private static string Inline(string text) => MarkdownText.Escape(text.ReplaceLineEndings(" ").Trim());
}
