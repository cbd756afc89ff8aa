using System.Text;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>
/// Renders a report as Markdown that also reads well as plain text in a terminal: headings, bullet lists and
/// block quotes only, no tables (they wrap badly in a narrow terminal) and no HTML.
/// </summary>
public sealed class MarkdownReportRenderer
{
    public static MarkdownReportRenderer Default { get; } = new();

    /// <summary>The report as one Markdown document with "\n" line ends; an error report becomes a short message.</summary>
    public string Render(LetterReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Writes <see cref="Render"/>'s text to <paramref name="writer"/>.</summary>
    public void Write(LetterReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var md = new StringBuilder();
        switch (report)
        {
            case ErrorReport error: RenderError(error, md); break;
            case RefusalReport refusal: RenderRefusal(refusal, md); break;
            default: throw new ArgumentException($"Unknown report type {report.GetType().Name}.", nameof(report));
        }
        writer.Write(md.ToString());
    }

    private static void RenderError(ErrorReport report, StringBuilder md)
    {
        md.Append("# Could not read ").Append(Inline(report.FileName)).Append("\n\n");
        md.Append("**").Append(MarkdownText.Escape(report.Error.Message)).Append("**\n\n");
        md.Append("Error code: `").Append(ReportText.Kebab(report.Error.Code)).Append("`\n");
    }

    private static void RenderRefusal(RefusalReport report, StringBuilder md)
    {
        md.Append("# ").Append(Inline(report.Source.FileName)).Append("\n\n");
        if (!report.IsRefusalLetter)
        {
            md.Append("**This file does not look like an IRCC refusal letter**, so nothing in it was explained.\n\n");
            RenderWarnings(report, md);
            RenderFooter(report, md);
            return;
        }

        RenderLetterFacts(report, md);
        RenderFindings(report, md);
        RenderNextSteps(report, md);

        if (!string.IsNullOrWhiteSpace(report.OfficerNotes))
        {
            md.Append("## Officer's notes\n\n");
            Quote(report.OfficerNotes, md);
            md.Append('\n');
        }

        if (report.Unrecognized.Count > 0)
        {
            md.Append("## Reasons we could not match\n\n");
            md.Append("These lines are in the letter's reasons but match no ground we know. Read them yourself.\n\n");
            foreach (var item in report.Unrecognized)
            {
                Quote(item.Text, md);
                md.Append("(page ").Append(item.Page).Append(")\n\n");
            }
        }

        RenderWarnings(report, md);
        RenderFooter(report, md);
    }

    private static void RenderLetterFacts(RefusalReport report, StringBuilder md)
    {
        var letter = report.Letter;
        md.Append("## The letter\n\n");
        Fact("Date", letter.Date is { } date ? ReportText.Iso(date) : null, md);
        Fact("Application number", letter.ApplicationNumber, md);
        Fact("UCI", letter.Uci, md);
        Fact("Applicant", letter.ApplicantName, md);
        Fact("Office", letter.Office, md);
        Fact("Permit", ReportText.PermitType(letter.PermitType), md);
        Fact("Decided", ReportText.DecisionLocation(letter.DecisionLocation), md);
        md.Append("- Pages: ").Append(report.Source.PageCount);
        var ocrPages = report.Source.Pages.Count(p => p.Method == PageMethod.Ocr);
        if (ocrPages > 0)
            md.Append(" (").Append(ocrPages).Append(" read by OCR)");
        md.Append("\n\n");
    }

    private static void RenderFindings(RefusalReport report, StringBuilder md)
    {
        md.Append("## Why the application was refused\n\n");
        if (report.Findings.Count == 0)
        {
            md.Append("No refusal reason was recognised in this letter. Read the letter and any officer's notes yourself.\n\n");
            return;
        }

        foreach (var finding in report.Findings)
        {
            md.Append("### ").Append(Inline(finding.Title));
            if (finding.Regulation is { Length: > 0 } regulation)
                md.Append(" (").Append(Inline(regulation)).Append(')');
            md.Append("\n\n");
            md.Append("The letter says (page ").Append(finding.Page).Append("):\n\n");
            Quote(finding.Quote, md);
            md.Append('\n');

            if (finding.Factors.Count > 0)
            {
                md.Append("The factors the officer named:\n\n");
                foreach (var factor in finding.Factors)
                {
                    md.Append("- **").Append(Inline(factor.Title)).Append("**: \"").Append(Inline(factor.Quote))
                        .Append("\" (page ").Append(factor.Page).Append(")\n");
                }
                md.Append('\n');
            }

            md.Append("**What it means.** ").Append(finding.Explanation).Append("\n\n");
            List("**How to address it**", finding.HowToAddress, md, checkbox: false);
            List("**Evidence to gather**", finding.Evidence, md, checkbox: true);
            md.Append("Ground id: `").Append(finding.GroundId).Append('`');
            if (finding.Confidence < 0.8)
                md.Append(" (matched with low confidence: check the quote above)");
            md.Append("\n\n");
        }
    }

    private static void RenderNextSteps(RefusalReport report, StringBuilder md)
    {
        if (report.NextSteps.Count == 0)
            return;
        md.Append("## Next steps\n\n");
        foreach (var step in ReportText.UrgentFirst(report.NextSteps))
        {
            md.Append("### ");
            if (step.Urgent)
                md.Append("URGENT: ");
            md.Append(Inline(step.Title)).Append("\n\n");
            md.Append(step.Summary).Append("\n\n");
            foreach (var deadline in step.Deadlines.OrderBy(d => d.Date))
            {
                md.Append("- **").Append(ReportText.Iso(deadline.Date)).Append("** (").Append(deadline.Days)
                    .Append(" days; ").Append(ReportText.DaysLeft(deadline.DaysLeft)).Append(")  \n")
                    .Append("  ").Append(deadline.Basis).Append('\n');
            }
            if (step.Deadlines.Count > 0)
                md.Append('\n');
        }
    }

    private static void RenderWarnings(RefusalReport report, StringBuilder md)
    {
        if (report.Warnings.Count == 0)
            return;
        md.Append("## Warnings\n\n");
        foreach (var warning in report.Warnings)
            md.Append("- ").Append(MarkdownText.Escape(warning)).Append('\n');
        md.Append('\n');
    }

    private static void RenderFooter(RefusalReport report, StringBuilder md)
    {
        md.Append("---\n\n");
        md.Append("Grounds catalogue ").Append(report.Catalogue.Version)
            .Append(", last verified ").Append(ReportText.Iso(report.Catalogue.LastVerified)).Append(".\n\n");
        md.Append("_").Append(report.Disclaimer).Append("_\n");
    }

    private static void Fact(string label, string? value, StringBuilder md) =>
        md.Append("- ").Append(label).Append(": ").Append(value is null ? "not found" : Inline(value)).Append('\n');

    private static void List(string heading, IReadOnlyList<string> items, StringBuilder md, bool checkbox)
    {
        if (items.Count == 0)
            return;
        md.Append(heading).Append("\n\n");
        foreach (var item in items)
            md.Append(checkbox ? "- [ ] " : "- ").Append(item).Append('\n');
        md.Append('\n');
    }

    // Letter text can hold line breaks; every line must keep its "> " or the quote spills into the page.
    private static void Quote(string text, StringBuilder md)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
            md.Append("> ").Append(MarkdownText.Escape(line.TrimEnd())).Append('\n');
    }

    // Values from the letter shown inline: a stray line break would end the list item or heading.
    private static string Inline(string text) => MarkdownText.Escape(text.ReplaceLineEndings(" ").Trim());
}
