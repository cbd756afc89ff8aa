using System.Globalization;
using LetterParser.Core.Catalogue;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>A piece of a rendered report. Front ends draw these; none of them words anything itself.</summary>
public abstract record Block;

/// <param name="Lead">Bold words before the text ("What it means.").</param>
/// <param name="Strong">The whole paragraph is emphasised.</param>
/// <param name="Small">Small print (the disclaimer, the catalogue version).</param>
public sealed record ParagraphBlock(string Text, string? Lead = null, bool Strong = false, bool Small = false) : Block;

/// <param name="Checklist">Each item is something to tick off (evidence to gather).</param>
public sealed record ListBlock(IReadOnlyList<ListItem> Items, bool Checklist = false) : Block;

/// <param name="Lead">Bold words before the item's text, e.g. a factor's title or a fact's label.</param>
/// <param name="Quoted">The text is the letter's words: shown in quotation marks, in the letter's language.</param>
public sealed record ListItem(string Text, string? Lead = null, bool Quoted = false, string? Note = null);

/// <param name="Language">"en" or "fr": the language of the quoted words, which may differ from the report's.</param>
public sealed record QuoteBlock(string Text, string? Caption, string Language) : Block;

/// <summary>A sub-heading inside a section: a ground, a next step.</summary>
/// <param name="Badge">A short warning label shown before the heading ("Urgent").</param>
public sealed record SubheadingBlock(string Text, string? Badge = null) : Block;

/// <summary>The "In short" box.</summary>
public sealed record SummaryBlock(ReportSummary Summary) : Block;

/// <summary>A titled part of the report.</summary>
/// <param name="Id">Stable id, e.g. for an HTML anchor: summary, review, next, grounds, concerns, notes, unrecognized, facts, warnings, disclaimer.</param>
public sealed record ReportSection(string Id, string? Heading, IReadOnlyList<Block> Blocks);

/// <summary>How a report is to be shown.</summary>
/// <param name="Language">The reader's language; null: the letter's own.</param>
/// <param name="Today">The day "days left" is counted to; null keeps the count the report was made with.</param>
public sealed record ReportView(ReportLanguage? Language = null, DateOnly? Today = null)
{
    public static ReportView Default { get; } = new();
}

/// <summary>
/// A report laid out for people, in one language, as titled sections of blocks: the one place that decides what a
/// report says and in which order. Markdown, the terminal, the PDF and the web page draw the same document, so they
/// cannot drift apart. Order: the summary box, what to check, next steps, the grounds (each with what the officer's
/// notes say about it), the notes' other concerns, the officer's notes, text not matched, the letter's facts, warnings, the disclaimer.
/// </summary>
public sealed record ReportDocument(string Title, ReportLanguage Language, UiText Text, LetterReport Report, IReadOnlyList<ReportSection> Sections)
{
    public static ReportDocument Build(LetterReport report, ReportView? view = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        view ??= ReportView.Default;
        var language = view.Language ?? UiText.DefaultFor(report);
        var text = UiText.For(language);
        return report switch
        {
            ErrorReport error => new ReportDocument(text.Format("error.title", error.FileName), language, text, error,
            [
                new ReportSection("error", null,
                [
                    new ParagraphBlock(error.Error.Message, Strong: true),
                    new ParagraphBlock(text.Format("error.code", ReportText.Kebab(error.Error.Code))),
                ]),
            ]),
            FindingsReport refusal => BuildRefusal(ReportTranslator.To(refusal, language), view.Today, text),
            _ => throw new ArgumentException($"Unknown report type {report.GetType().Name}.", nameof(report)),
        };
    }

    private static ReportDocument BuildRefusal(FindingsReport report, DateOnly? today, UiText text)
    {
        var sections = new List<ReportSection>
        {
            new("summary", null, [new SummaryBlock(ReportSummary.Of(report, today, text))]),
        };
        if (report.Review.Needed)
        {
            sections.Add(new ReportSection("review", text["review.heading"],
            [
                new ParagraphBlock(text["review.intro"]),
                new ListBlock(report.Review.Reasons.Select(r => new ListItem(text.Review(r))).ToList()),
            ]));
        }
        if (report.NextSteps.Count > 0)
            sections.Add(new ReportSection("next", text["next.heading"], NextSteps(report, today, text)));
        if (report.IsRefusalLetter)
            sections.Add(new ReportSection("grounds", text["grounds.heading"], Grounds(report, text)));
        if (ConcernsSection(report, text) is { } concerns)
            sections.Add(concerns);
        if (!string.IsNullOrWhiteSpace(report.OfficerNotes))
        {
            sections.Add(new ReportSection("notes", text["notes.heading"],
            [
                new ParagraphBlock(text["notes.intro"]),
                new QuoteBlock(report.OfficerNotes, null, LetterCode(report)),
            ]));
        }
        var unshown = Unshown(report);
        if (unshown.Count > 0)
        {
            sections.Add(new ReportSection("unrecognized", text["unrecognized.heading"],
            [
                new ParagraphBlock(text["unrecognized.intro"]),
                new ListBlock(unshown.Select(u => new ListItem(u.Text, Quoted: true, Note: text.Format("unrecognized.page", u.Page))).ToList()),
            ]));
        }
        sections.Add(new ReportSection("facts", text["facts.heading"], [Facts(report, text)]));
        if (report.Warnings.Count > 0)
            sections.Add(new ReportSection("warnings", text["warnings.heading"], [new ListBlock(report.Warnings.Select(w => new ListItem(w)).ToList())]));
        var footer = new List<Block>
        {
            new ParagraphBlock(report.Disclaimer, Small: true),
            new ParagraphBlock(text.Format("disclaimer.catalogue", report.Catalogue.Version, text.Date(report.Catalogue.LastVerified)), Small: true),
        };
        if (today is { } day)
            footer.Add(new ParagraphBlock(text.Format("disclaimer.today", text.Date(day)), Small: true));
        sections.Add(new ReportSection("disclaimer", text["disclaimer.heading"], footer));
        return new ReportDocument(report.Source.FileName, text.Language, text, report, sections);
    }

    private static List<Block> NextSteps(FindingsReport report, DateOnly? today, UiText text)
    {
        var blocks = new List<Block>();
        foreach (var step in TriageOrder.StepsInOrder(report, today))
        {
            blocks.Add(new SubheadingBlock(step.Title, TriageOrder.IsUrgent(step, today) ? text["next.urgent"] : null));
            blocks.Add(new ParagraphBlock(step.Summary));
            if (step.Deadlines.Count > 0)
            {
                blocks.Add(new ListBlock(step.Deadlines.OrderBy(d => d.Date).Select(d => new ListItem(d.Basis,
                    Lead: text.Format("next.deadline", text.Date(d.Date), d.Days, text.DaysLeft(DeadlineClock.DaysLeft(d, today))))).ToList()));
            }
        }
        return blocks;
    }

    private static List<Block> Grounds(FindingsReport report, UiText text)
    {
        var blocks = new List<Block>();
        if (report.Findings.Count == 0)
            blocks.Add(new ParagraphBlock(text["grounds.none"]));
        foreach (var finding in report.Findings)
        {
            blocks.Add(new SubheadingBlock(finding.Regulation is { Length: > 0 } regulation ? $"{finding.Title} ({regulation})" : finding.Title));
            if (finding.Category is not null)
                blocks.Add(new ParagraphBlock(text.Format("grounds.category", finding.Category)));
            foreach (var quote in Quotes(finding))
                blocks.Add(new QuoteBlock(quote, QuoteCaption(report, finding, text), LetterCode(report)));
            if (finding.Factors.Count > 0)
            {
                blocks.Add(new ParagraphBlock(text["grounds.factors"]));
                blocks.Add(new ListBlock(finding.Factors.Select(f => new ListItem(f.Quote, f.Title, Quoted: true, Note: text.Format("page.label", f.Page))).ToList()));
            }
            // The letter names the ground; the notes say what, precisely, the officer doubted. Shown right under the
            // letter's words, before the general explanation of the ground.
            var supporting = report.Concerns.Where(c => Supports(c, finding)).ToList();
            if (supporting.Count > 0)
            {
                blocks.Add(new ParagraphBlock("", Lead: text["concerns.officerWrote"]));
                blocks.AddRange(supporting.SelectMany(c => ConcernBlocks(c, report, text)));
            }
            blocks.Add(new ParagraphBlock(finding.Explanation, Lead: text["grounds.meaning"]));
            if (finding.HowToAddress.Count > 0)
            {
                blocks.Add(new ParagraphBlock("", Lead: text["grounds.howTo"]));
                blocks.Add(new ListBlock(finding.HowToAddress.Select(h => new ListItem(h)).ToList()));
            }
            if (finding.Evidence.Count > 0)
            {
                blocks.Add(new ParagraphBlock("", Lead: text["grounds.evidence"]));
                blocks.Add(new ListBlock(finding.Evidence.Select(e => new ListItem(e)).ToList(), Checklist: true));
            }
            blocks.Add(new ParagraphBlock(text.Format("grounds.id", finding.GroundId), Small: true));
        }
        return blocks;
    }

    /// <summary>
    /// The concerns no finding shows: for a refusal letter those that support none of its grounds (a concern never adds
    /// a ground, so they get a section of their own); for a printout or a fairness letter, which has no grounds, all of them.
    /// </summary>
    private static ReportSection? ConcernsSection(FindingsReport report, UiText text)
    {
        var refusal = report.IsRefusalLetter;
        var shown = refusal ? report.Concerns.Where(c => !report.Findings.Any(f => Supports(c, f))).ToList() : [.. report.Concerns];
        if (shown.Count == 0)
            return null;
        var blocks = new List<Block>();
        if (refusal)
            blocks.Add(new ParagraphBlock(text["concerns.otherIntro"]));
        if (report.JoinedTo is { } letter)
            blocks.Add(new ParagraphBlock(text.Format("concerns.joinedTo", letter)));
        blocks.AddRange(shown.SelectMany(c => ConcernBlocks(c, report, text)));
        return new ReportSection("concerns", text[refusal ? "concerns.otherHeading" : "concerns.heading"], blocks);
    }

    /// <summary>
    /// Whether a concern belongs under a finding: it supports the finding's ground or one of its factors; a concern
    /// about any will-not-leave factor explains the will-not-leave finding even when the letter ticked another factor.
    /// </summary>
    private static bool Supports(Concern concern, Finding finding) =>
        concern.GroundId is { } ground
        && (ground == finding.GroundId
            || finding.Factors.Any(f => f.GroundId == ground)
            || (finding.GroundId == GroundIds.WillNotLeave && ground.StartsWith(GroundIds.WillNotLeave + ".", StringComparison.Ordinal)));

    /// <summary>
    /// One concern: the notes' own words, then what the officer doubted and the evidence that answers it, both from the
    /// concerns catalogue in the reader's language (the report's own evidence list for an id this catalogue lacks).
    /// </summary>
    private static IEnumerable<Block> ConcernBlocks(Concern concern, FindingsReport report, UiText text)
    {
        var catalogue = Concerns.Value;
        var known = catalogue.Contains(concern.ConcernId) || concern.ConcernId == ConcernsCatalogue.OtherId;
        var evidence = known ? catalogue.EvidenceOf(concern.ConcernId, text.Language) : concern.Evidence;
        yield return new QuoteBlock(concern.Quote, text.Format("concerns.quote", concern.Page), LetterCode(report));
        yield return new ParagraphBlock(catalogue.ExplanationOf(concern.ConcernId, text.Language));
        if (evidence.Count > 0)
        {
            // A plain line, not a lead heading: in the concerns' own section a heading here would skip a level.
            yield return new ParagraphBlock(text["concerns.answeredBy"]);
            yield return new ListBlock(evidence.Select(e => new ListItem(e)).ToList(), Checklist: true);
        }
    }

    private static readonly Lazy<ConcernsCatalogue> Concerns = new(ConcernsCatalogue.LoadEmbedded);

    /// <summary>
    /// The quote of a finding, one item per reason: the "other" finding gathers every unmatched reason, joined by
    /// " / " in the report, and each is its own reason.
    /// </summary>
    private static IEnumerable<string> Quotes(Finding finding) =>
        finding.GroundId == OtherGroundId
            ? finding.Quote.Split(OtherQuoteSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [finding.Quote];

    /// <summary>Unrecognized text not already quoted under the "other" finding, so nothing is shown twice.</summary>
    private static List<UnrecognizedText> Unshown(FindingsReport report)
    {
        var other = report.Findings.FirstOrDefault(f => f.GroundId == OtherGroundId);
        var shown = other is null ? [] : Quotes(other).ToHashSet(StringComparer.Ordinal);
        return report.Unrecognized.Where(u => !shown.Contains(u.Text.Trim())).ToList();
    }

    /// <summary>
    /// Where the quoted words come from, honestly: the text layer is the letter's own words; OCR is a reading of a
    /// scan, with the page's text confidence, that may differ from the letter. Then how sure the match is.
    /// </summary>
    private static string QuoteCaption(FindingsReport report, Finding finding, UiText text)
    {
        var page = report.Source.Pages.FirstOrDefault(p => p.Number == finding.Page);
        var source = page is { Method: PageMethod.Ocr }
            ? text.Format("grounds.quoteOcr", finding.Page, page.OcrConfidence is { } c ? Math.Round(c * 100).ToString(CultureInfo.InvariantCulture) : "?")
            : text.Format("grounds.quoteText", finding.Page);
        var match = finding.Confidence switch
        {
            >= 0.85 => text["grounds.match.clear"],
            >= 0.6 => text["grounds.match.likely"],
            _ => text["grounds.match.uncertain"],
        };
        return $"{source} · {match}";
    }

    private static ListBlock Facts(FindingsReport report, UiText text)
    {
        var letter = report.Letter;
        string Value(string? value) => value ?? text["facts.notFound"];
        var ocrPages = report.Source.Pages.Count(p => p.Method == PageMethod.Ocr);
        var pages = report.Source.PageCount.ToString(CultureInfo.InvariantCulture) + (ocrPages > 0 ? " (" + text.Format("facts.ocrPages", ocrPages) + ")" : "");
        return new ListBlock(
        [
            new ListItem(Value(letter.Date is { } date ? text.Date(date) : null), text["facts.date"]),
            new ListItem(Value(letter.ApplicationNumber), text["facts.application"]),
            new ListItem(Value(letter.Uci), text["facts.uci"]),
            new ListItem(Value(letter.ApplicantName), text["facts.applicant"]),
            new ListItem(Value(letter.Office), text["facts.office"]),
            new ListItem(text.Permit(letter.PermitType), text["facts.permit"]),
            new ListItem(text.Location(letter.DecisionLocation), text["facts.decided"]),
            new ListItem(pages, text["facts.pages"]),
            .. report.JoinedNotes is { Count: > 0 } notes ? [new ListItem(string.Join(", ", notes), text["facts.joinedNotes"])] : Array.Empty<ListItem>(),
            .. report.JoinedTo is { } joinedTo ? [new ListItem(joinedTo, text["facts.joinedTo"])] : Array.Empty<ListItem>(),
        ]);
    }

    private static string LetterCode(FindingsReport report) => report.Source.Language == LetterLanguage.Fr ? "fr" : "en";

    private const string OtherGroundId = "other";

    // How the explainer joins several unmatched reasons into the "other" finding's one quote.
    private static readonly string[] OtherQuoteSeparator = [" / "];
}
