using System.Text.RegularExpressions;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Matching;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Explaining;

/// <summary>Reading, matching and explaining: from <see cref="DocumentText"/> to a <see cref="RefusalReport"/>.</summary>
public sealed partial class LetterExplainer
{
    private const string WillNotLeave = "will-not-leave";
    private const string Other = "other";

    private readonly GroundsCatalogue _catalogue;
    private readonly LetterReader _reader = new();
    private readonly GroundMatcher _matcher;
    private readonly NextStepPlanner _planner;

    public LetterExplainer() : this(GroundsCatalogue.Default) { }

    public LetterExplainer(GroundsCatalogue catalogue)
    {
        _catalogue = catalogue;
        _matcher = new GroundMatcher(catalogue);
        _planner = new NextStepPlanner(catalogue);
    }

    public RefusalReport Explain(DocumentText document, string fileName, ProcessingOptions options)
    {
        var reading = _reader.Read(document);
        var warnings = new List<string>(document.Warnings);
        var hits = new List<(ReasonItem Item, GroundHit Hit)>();
        var others = new List<(ReasonItem Item, string Text)>();
        var unrecognized = new List<UnrecognizedText>();

        // A paragraph (or bullet) is one reason. Within it, a sentence that names no ground right after one
        // that does is its elaboration ("Specifically, ..."), and one right before is its lead-in ("You were
        // asked on 3 December to provide ...", or the first half of a sentence a stray OCR dot cut in two):
        // either way it joins that reason's quote instead of standing alone.
        var uncheckedPages = new HashSet<int>();
        // Sentences before the first reason are the letter's preamble ("I have completed the review of your
        // application"): only once the reasons have begun is an unknown sentence a reason of its own.
        var reasonsBegun = false;
        var previousParagraph = -1;
        var quoteIndex = -1;
        ReasonItem? pending = null;
        var pendingCounts = false;

        void FlushPending()
        {
            if (pending is not null && pendingCounts)
                unrecognized.Add(new UnrecognizedText(pending.Text, pending.Page));
            pending = null;
        }

        foreach (var original in reading.Reasons)
        {
            var item = original;
            if (item.Paragraph != previousParagraph)
            {
                FlushPending();
                quoteIndex = -1;
            }
            previousParagraph = item.Paragraph;
            if (item.Box == BoxState.Unticked)
                continue;
            var match = _matcher.Match(item.Text);
            if (pending is not null && item.Box == BoxState.NoBox)
            {
                var joined = pending with { Text = pending.Text + " " + item.Text, Confidence = Math.Min(pending.Confidence, item.Confidence) };
                var joinedMatch = _matcher.Match(joined.Text);
                if (joinedMatch.Grounds.Count > 0)
                {
                    (item, match) = (joined, joinedMatch);
                    pending = null;
                }
                else
                {
                    FlushPending();
                }
            }
            if (match.OtherText is not null)
            {
                if (match.OtherText.Length > 0 && item.Box == BoxState.Ticked)
                    others.Add((item, match.OtherText));
                else if (match.OtherText.Length > 0)
                    unrecognized.Add(new UnrecognizedText(match.OtherText, item.Page));
                continue;
            }
            // In a checkbox letter only ticked boxes count: text beside no readable box (the introduction,
            // or a box a scan lost) is never a ground, but a lost box is worth a warning.
            if (reading.UsesCheckboxes && item.Box == BoxState.NoBox)
            {
                if (!reading.BoxesUnreadable && match.Grounds.Any(g => !g.NeedsContext) && !match.IsBoilerplate && uncheckedPages.Add(item.Page))
                    warnings.Add($"On page {item.Page}, a reason line has no checkbox that could be read, so it was not counted. Check that page of the letter itself.");
                continue;
            }
            if (match.Grounds.Count > 0)
            {
                reasonsBegun = true;
                quoteIndex = hits.Count;
                hits.AddRange(match.Grounds.Select(h => (item, h)));
                foreach (var clause in match.UncoveredClauses)
                    unrecognized.Add(new UnrecognizedText(clause, item.Page));
                continue;
            }
            if (match.IsBoilerplate || !LooksLikeAReason(item))
            {
                reasonsBegun |= ReasonsFollow().IsMatch(item.Text);
                continue;
            }
            if (quoteIndex >= 0 && item.Box == BoxState.NoBox)
            {
                var elaborated = hits[quoteIndex].Item;
                var longer = elaborated with { Text = elaborated.Text + " " + item.Text };
                for (var i = quoteIndex; i < hits.Count; i++)
                {
                    if (ReferenceEquals(hits[i].Item, elaborated))
                        hits[i] = (longer, hits[i].Hit);
                }
                continue;
            }
            if (item.Box == BoxState.Ticked)
            {
                unrecognized.Add(new UnrecognizedText(item.Text, item.Page));
                continue;
            }
            pending = item;
            pendingCounts = reasonsBegun;
            reasonsBegun |= ReasonsFollow().IsMatch(item.Text);
        }
        FlushPending();

        // Factors named only by short phrases count where the will-not-leave finding is made: in a
        // ticked box, in the same sentence, or anywhere in the letter.
        var umbrellaFound = hits.Any(h => h.Hit.GroundId == WillNotLeave);
        hits.RemoveAll(h => h.Hit.NeedsContext && !umbrellaFound && h.Item.Box != BoxState.Ticked);

        if (reading.BoxesUnreadable)
            warnings.Add("This letter lists its reasons with checkboxes, but the boxes could not be read on this scan, so no reason was counted: ticked and empty boxes cannot be told apart. Upload a sharper scan or the original PDF, or read the ticked boxes on the letter itself.");

        // Every hit, "Other:" line and unknown sentence comes from a reason item, so reasons are the test.
        var isRefusal = reading.Kind == LetterKind.Refusal && reading.Reasons.Count > 0;
        IReadOnlyList<Finding> findings = [];
        if (isRefusal)
        {
            findings = BuildFindings(hits, others, unrecognized, reading.PermitType);
            if (findings.Count == 0)
                warnings.Add("The letter reads as a refusal, but no reason could be found in it. Read the letter itself, and request the officer's notes (GCMS) to learn the reasons.");
        }
        else
        {
            unrecognized.Clear();
            warnings.Add(reading.Kind switch
            {
                LetterKind.ProceduralFairness => "This is a procedural-fairness letter: the officer states concerns and invites you to answer them before deciding. It is not a refusal; answer it fully and on time.",
                LetterKind.Approval => "This letter reads as an approval, not a refusal, so there are no refusal grounds to explain.",
                _ => "This file does not read as an IRCC refusal letter, so no refusal grounds were looked for.",
            });
        }

        var groundIds = findings.Select(f => f.GroundId).ToHashSet(StringComparer.Ordinal);
        if (groundIds.Contains("documents.truthfulness"))
            warnings.Add(_catalogue.TruthfulnessWarning);
        if (isRefusal && reading.Date is null)
            warnings.Add("The letter date could not be read, so no deadline could be computed. Count deadlines from the day you received the letter, or give that day (notified date) to compute them.");
        if (isRefusal && reading.DecisionLocation == DecisionLocation.Unknown)
            warnings.Add("The letter does not say where the decision was made, so both judicial-review deadlines are shown: 15 days if it was made inside Canada, 60 days if outside.");
        if (reading.Language == LetterLanguage.Fr)
            warnings.Add("The letter is in French; this report explains it in English.");

        var today = options.Today ?? DateOnly.FromDateTime(DateTime.Today);
        var nextSteps = isRefusal
            ? _planner.Plan(groundIds, reading.DecisionLocation, reading.Date, options.NotifiedOn, today, reading.OfficerNotes is not null)
            : [];

        return new RefusalReport(
            new SourceInfo(fileName, document.MediaType, Math.Max(1, document.Pages.Count),
                document.Pages.Select(p => new PageInfo(p.Number, p.Method == ReadingMethod.Ocr ? PageMethod.Ocr : PageMethod.TextLayer,
                    p.OcrConfidence, p.Method == ReadingMethod.Ocr ? p.Rotation : null)).ToList(),
                reading.Language),
            isRefusal,
            // A file that is no IRCC letter at all (a receipt, an invoice) has no permit or decision place to report.
            new LetterFacts(reading.Date, reading.ApplicationNumber, reading.Uci, reading.ApplicantName, reading.Office,
                reading.IsIrccLetter ? reading.PermitType : PermitType.Unknown,
                reading.IsIrccLetter ? reading.DecisionLocation : DecisionLocation.Unknown,
                isRefusal ? FormatOf(reading) : LetterFormat.Unknown),
            findings,
            unrecognized,
            reading.OfficerNotes,
            nextSteps,
            warnings,
            new CatalogueInfo(_catalogue.Version, _catalogue.LastVerified),
            _catalogue.Disclaimer);
    }

    private IReadOnlyList<Finding> BuildFindings(
        List<(ReasonItem Item, GroundHit Hit)> hits,
        List<(ReasonItem Item, string Text)> others,
        List<UnrecognizedText> unrecognized,
        PermitType permitType)
    {
        var findings = new List<Finding>();
        var factors = hits
            .Where(h => _catalogue[h.Hit.GroundId].ParentId == WillNotLeave)
            .GroupBy(h => h.Hit.GroundId)
            .Select(g => g.OrderByDescending(h => h.Hit.Score).First())
            .OrderBy(h => h.Item.Page)
            .Select(h => new FactorFinding(h.Hit.GroundId, _catalogue[h.Hit.GroundId].Title, h.Item.Text, h.Item.Page, Confidence(h.Item, h.Hit)))
            .ToList();

        foreach (var group in hits.Where(h => _catalogue[h.Hit.GroundId].ParentId is null).GroupBy(h => h.Hit.GroundId))
        {
            var (item, hit) = group.First();
            var ground = _catalogue[group.Key];
            findings.Add(NewFinding(ground, item.Text, item.Page, group.Max(h => Confidence(h.Item, h.Hit)),
                group.Key == WillNotLeave ? factors : [], CitationIn(item.Text) ?? DefaultRegulation(ground, permitType),
                group.Key == "category-eligibility" ? CategoryIn(group.Select(h => h.Item.Text)) : null));
        }

        // The umbrella is reported whenever one of its factors is, even if the letter never printed it.
        if (factors.Count > 0 && findings.All(f => f.GroundId != WillNotLeave))
        {
            var first = factors[0];
            findings.Insert(0, NewFinding(_catalogue[WillNotLeave], first.Quote, first.Page, factors.Max(f => f.Confidence), factors,
                CitationIn(first.Quote) ?? DefaultRegulation(_catalogue[WillNotLeave], permitType), null));
        }

        var otherQuotes = others.Select(o => (o.Text, o.Item.Page)).Concat(unrecognized.Select(u => (u.Text, u.Page))).ToList();
        if (otherQuotes.Count > 0)
        {
            findings.Add(NewFinding(_catalogue[Other], string.Join(" / ", otherQuotes.Select(q => q.Text)), otherQuotes[0].Page,
                others.Count > 0 ? 0.9 : 0.5, [], null, null));
        }
        return findings
            .OrderBy(f => f.GroundId == "misrepresentation" ? 0 : f.GroundId == Other ? 2 : 1)
            .ThenBy(f => f.Page)
            .ToList();
    }

    private Finding NewFinding(GroundDefinition ground, string quote, int page, double confidence, IReadOnlyList<FactorFinding> factors, string? regulation, string? category) =>
        new(ground.Id, ground.Title, regulation, quote, page, Math.Round(confidence, 3), factors, category, ground.Explanation, ground.HowToAddress, ground.Evidence);

    /// <summary>
    /// The provision a ground rests on when the letter cites none: the leave-Canada and funds findings rest on
    /// a different paragraph for each kind of permit (R200 work, R216 and R220 study, R179 visitor).
    /// </summary>
    private static string? DefaultRegulation(GroundDefinition ground, PermitType permitType) => (ground.Id, permitType) switch
    {
        (WillNotLeave, PermitType.StudyPermit) => "IRPR 216(1)(b)",
        (WillNotLeave, PermitType.VisitorVisa) => "IRPR 179(b)",
        ("insufficient-funds", PermitType.StudyPermit) => "IRPR 220",
        ("insufficient-funds", PermitType.VisitorVisa) => "IRPR 179(b)",
        _ => ground.Regulation,
    };

    /// <summary>Match quality, lowered when the words themselves were read with little confidence (OCR).</summary>
    private static double Confidence(ReasonItem item, GroundHit hit) =>
        Math.Round(Math.Clamp(hit.Score * (0.5 + 0.5 * item.Confidence), 0, 1), 3);

    // A reason is a sentence; a scrap of a few words is a broken line, not something the officer relied on.
    private static bool LooksLikeAReason(ReasonItem item) => WordPattern().Count(item.Text) >= 5;

    private string? CategoryIn(IEnumerable<string> texts)
    {
        var skeleton = string.Concat(texts.Select(t => Skeleton.Of(t).Value));
        foreach (var category in _catalogue.Categories)
        {
            foreach (var pattern in category.Patterns)
            {
                var code = Skeleton.Of(pattern).Value;
                if (code.Length <= 3 ? CodeMentioned(texts, pattern) : skeleton.Contains(code, StringComparison.Ordinal))
                    return category.Name;
            }
        }
        return null;

        static bool CodeMentioned(IEnumerable<string> texts, string code) =>
            texts.Any(t => Regex.IsMatch(t, $@"\b{Regex.Escape(code)}\b", RegexOptions.IgnoreCase));
    }

    private static LetterFormat FormatOf(LetterReading reading)
    {
        if (reading.UsesCheckboxes) return LetterFormat.Checkbox;
        if (reading.DecisionLocation == DecisionLocation.InsideCanada) return LetterFormat.InCanada;
        // Bullets are the 2021+ nested template; reasons written as plain sentences are the older form.
        return reading.UsesBullets ? LetterFormat.Nested : LetterFormat.Sentences;
    }

    /// <summary>The provision as the letter cites it, e.g. "paragraph 200(1)(b) of the IRPR" or "l'alinéa 200(1)b) du RIPR".</summary>
    private static string? CitationIn(string text)
    {
        var match = Citation().Match(text);
        return match.Success ? Regex.Replace(match.Value.Trim().TrimEnd(',', '.'), @"\s+", " ") : null;
    }

    [GeneratedRegex(@"(?:(?:sub-?)?(?:paragraph|subsection|section|alinéa|alinea|sous-alinéa|paragraphe|article|s\.|r\.?|a\.?)\s*)?\d{1,3}(?:\.\d)?\s?\(\d{1,2}\)(?:\s?\([a-z]\)|[a-z]\))?(?:\s?\([ivx]+\)|[ivx]+\))?(?:\s+(?:of|de|du|de la)\s+(?:the\s+|la\s+)?(?:IRPR|IRPA|RIPR|LIPR|Immigration and Refugee Protection (?:Regulations|Act)|Règlement sur l'immigration et la protection des réfugiés|Loi sur l'immigration et la protection des réfugiés|Regulations|Act|Loi|Règlement))?", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex WordPattern();

    // An opening that announces the reasons, or the decision itself: what follows is reasons.
    [GeneratedRegex(@"(:\s*$|following reasons?|reasons? below|raisons? suivantes?|motifs suivants|ci-dessous|\brefus|refused|refusee)", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonsFollow();
}
