using System.Text.RegularExpressions;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Matching;

/// <summary>A ground found in a reason item.</summary>
public sealed record ReasonHit(ReasonItem Item, GroundHit Hit);

/// <summary>
/// What the reasons said, ground by ground. <see cref="UnreadableBoxes"/> are items that name a ground but whose
/// box could not be read: they are never findings, only listed for a person to check.
/// </summary>
public sealed record MatchedReasons(
    IReadOnlyList<ReasonHit> Hits,
    IReadOnlyList<UnrecognizedText> OtherLines,
    IReadOnlyList<UnrecognizedText> Unrecognized,
    IReadOnlyList<UnrecognizedText> UnreadableBoxes,
    IReadOnlyList<ReasonItem> Ambiguous,
    bool FormWithoutBoxes);

/// <summary>
/// Walks the reason items in order and decides what each one is: a ground (through <see cref="GroundMatcher"/>),
/// the officer's "Other:" line, the lead-in or elaboration of a neighbouring reason, the letter's preamble, or a
/// reason the catalogue does not know (kept verbatim).
/// </summary>
public sealed partial class ReasonMatching(GroundMatcher matcher)
{
    /// <summary>
    /// A letter that prints this many different grounds as items of their own, with no box read beside any, is a
    /// checkbox form whose boxes were lost (a fax, a bad scan): real sentence letters name a handful.
    /// </summary>
    private const int FormGroundCount = 8;

    /// <summary>
    /// Below this, a box's own reading (its ink, on a scan) cannot tell ticked from empty: its line is listed as
    /// unreadable, never counted, whichever way the box leaned.
    /// </summary>
    private const double MinBoxConfidence = 0.65;

    public MatchedReasons Match(ReasonItems reasons)
    {
        var hits = new List<ReasonHit>();
        var others = new List<UnrecognizedText>();
        var unrecognized = new List<UnrecognizedText>();
        var unreadable = new List<UnrecognizedText>();
        var ambiguous = new List<ReasonItem>();

        // A paragraph (or bullet) is one reason. Within it, a sentence that names no ground right after one
        // that does is its elaboration ("Specifically, ..."), and one right before is its lead-in ("You were
        // asked on 3 December to provide ...", or the first half of a sentence a stray OCR dot cut in two):
        // either way it joins that reason's quote instead of standing alone.
        // Sentences before the first reason are the letter's preamble ("I have completed the review of your
        // application"): only once the reasons have begun is an unknown sentence a reason of its own.
        var reasonsBegun = false;
        var previousParagraph = -1;
        var quoteIndex = -1;
        // A reason that ends with a colon introduces a list ("To be issued a PGWP, an applicant must:"): the
        // list's entries are its conditions or details, part of that reason, until a paragraph that is no entry.
        var listOwner = -1;
        // A list under a colon that names no ground itself ("Pour obtenir ce permis, le demandeur doit :"): its
        // introducer and entries, kept apart in case the letter turns out to be a category refusal.
        var unclaimedList = new List<UnrecognizedText>();
        var inUnclaimedList = false;
        ReasonItem? pending = null;
        var pendingCounts = false;

        // The item's words join the quote of the reason at hits[index] (and of every ground read from it).
        void Elaborate(int index, ReasonItem item)
        {
            var elaborated = hits[index].Item;
            var longer = elaborated with { Text = elaborated.Text + (item.ListEntry ? "\n" : " ") + item.Text };
            for (var i = 0; i < hits.Count; i++)
            {
                if (ReferenceEquals(hits[i].Item, elaborated))
                    hits[i] = hits[i] with { Item = longer };
            }
        }

        void FlushPending()
        {
            if (pending is not null && pendingCounts)
                unrecognized.Add(new UnrecognizedText(pending.Text, pending.Page));
            pending = null;
        }

        foreach (var original in reasons.Items)
        {
            var item = original;
            if (item.Paragraph != previousParagraph)
            {
                FlushPending();
                quoteIndex = -1;
                if (!item.ListEntry)
                {
                    listOwner = -1;
                    inUnclaimedList = false;
                }
            }
            previousParagraph = item.Paragraph;
            if (item.Box == BoxState.Unknown || (item.Box != BoxState.NoBox && item.BoxConfidence < MinBoxConfidence))
            {
                if (matcher.Match(item.Text) is { Grounds.Count: > 0 } doubtful && !doubtful.IsBoilerplate)
                    unreadable.Add(new UnrecognizedText(item.Text, item.Page));
                continue;
            }
            if (item.Box == BoxState.Unticked)
                continue;
            var match = matcher.Match(item.Text);
            if (pending is not null && item.Box == BoxState.NoBox)
            {
                var joined = pending with { Text = pending.Text + " " + item.Text, Confidence = Math.Min(pending.Confidence, item.Confidence) };
                var joinedMatch = matcher.Match(joined.Text);
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
                    others.Add(new UnrecognizedText(match.OtherText, item.Page));
                else if (match.OtherText.Length > 0 && !reasons.UsesCheckboxes)
                    unrecognized.Add(new UnrecognizedText(match.OtherText, item.Page));
                continue;
            }
            // In a checkbox letter only ticked boxes count: text beside no readable box (the introduction,
            // or a box a scan lost) is never a ground; one that names a ground is listed for a person to check.
            if (reasons.UsesCheckboxes && item.Box == BoxState.NoBox)
            {
                if (match.Grounds.Any(g => !g.NeedsContext) && !match.IsBoilerplate)
                    unreadable.Add(new UnrecognizedText(item.Text, item.Page));
                continue;
            }
            if (match.Grounds.Count > 0)
            {
                reasonsBegun = true;
                quoteIndex = hits.Count;
                listOwner = IntroducesAList(item) ? hits.Count : -1;
                hits.AddRange(match.Grounds.Select(h => new ReasonHit(item, h)));
                if (match.Ambiguous)
                    ambiguous.Add(item);
                foreach (var clause in match.UncoveredClauses)
                    unrecognized.Add(new UnrecognizedText(clause, item.Page));
                continue;
            }
            if (match.IsBoilerplate || !LooksLikeAReason(item))
            {
                // A list a general sentence introduces once the reasons have begun ("A foreign student qualifies for
                // a post-graduation work permit only if he or she:") is a list of conditions like any other: its
                // entries stay unrecognized unless the letter is a category refusal, which they then belong to.
                if (reasonsBegun && IntroducesAList(item))
                    inUnclaimedList = true;
                reasonsBegun |= ReasonsFollow().IsMatch(item.Text);
                continue;
            }
            if (item.Box == BoxState.NoBox && (quoteIndex >= 0 || listOwner >= 0))
            {
                var owner = quoteIndex >= 0 ? quoteIndex : listOwner;
                Elaborate(owner, item);
                // An elaboration that introduces a list ("... only if he or she:") hands its entries to the same reason.
                if (IntroducesAList(item))
                    listOwner = owner;
                continue;
            }
            if (item.Box == BoxState.Ticked)
            {
                unrecognized.Add(new UnrecognizedText(item.Text, item.Page));
                continue;
            }
            if (IntroducesAList(item) || (inUnclaimedList && item.ListEntry))
            {
                inUnclaimedList = true;
                var entry = new UnrecognizedText(item.Text, item.Page);
                unclaimedList.Add(entry);
                unrecognized.Add(entry);
                continue;
            }
            pending = item;
            pendingCounts = reasonsBegun;
            reasonsBegun |= ReasonsFollow().IsMatch(item.Text);
        }
        FlushPending();

        // A category refusal goes on to say which condition failed, often without naming the category again ("It
        // has not been established that you possess knowledge at an advanced level"): such a sentence is that
        // finding's failed condition, not a reason of its own.
        var category = hits.FindIndex(h => h.Hit.GroundId == GroundIds.CategoryEligibility);
        if (category >= 0)
        {
            // The conditions a category letter lists or states ("an applicant must...", "may be issued to the spouse
            // of...") are that category's, whatever their wording.
            foreach (var condition in unrecognized.Where(u => unclaimedList.Contains(u) || matcher.StatesAFinding(u.Text) || matcher.StatesACondition(u.Text)).ToList())
            {
                Elaborate(category, new ReasonItem(condition.Text, condition.Page, BoxState.NoBox));
                category = hits.FindIndex(h => h.Hit.GroundId == GroundIds.CategoryEligibility);
                unrecognized.Remove(condition);
            }
        }

        // Factors named only by short phrases count where the will-not-leave finding is made: in a
        // ticked box, in the same sentence, or anywhere in the letter.
        var umbrellaFound = hits.Any(h => h.Hit.GroundId == GroundIds.WillNotLeave);
        hits.RemoveAll(h => h.Hit.NeedsContext && !umbrellaFound && h.Item.Box != BoxState.Ticked);
        // A factor phrase inside a sentence that is another ground's reason, with no will-not-leave finding of its
        // own, is that ground's wording: "des fonds suffisants pour la durée du séjour envisagé" is about funds,
        // not the length of stay. (A ticked box's label stands for itself.)
        hits.RemoveAll(h => h.Hit.NeedsContext && h.Item.Box == BoxState.NoBox && matcher.ParentOf(h.Hit.GroundId) is { } parent
            && !hits.Any(o => InOneSentence(o, h) && (o.Hit.GroundId == parent || (!o.Hit.NeedsContext && matcher.ParentOf(o.Hit.GroundId) == parent)))
            && hits.Any(o => InOneSentence(o, h) && !o.Hit.NeedsContext && matcher.ParentOf(o.Hit.GroundId) is null));

        // A whole printed form read as sentences: every ground of it stands on a line of its own and none has a
        // box. Reporting them would report every unticked box; list them for a person instead.
        var formWithoutBoxes = !reasons.UsesCheckboxes
            && hits.Select(h => h.Hit.GroundId).Distinct(StringComparer.Ordinal).Count() >= FormGroundCount
            && hits.Select(h => h.Item.Paragraph).Distinct().Count() >= FormGroundCount;
        if (formWithoutBoxes || reasons.BoxesUnreadable)
        {
            unreadable.AddRange(hits.Select(h => h.Item).Distinct().Select(i => new UnrecognizedText(i.Text, i.Page)));
            hits.Clear();
            others.Clear();
            unrecognized.Clear();
        }
        return new MatchedReasons(hits, others, unrecognized, unreadable.DistinctBy(u => u.Text).ToList(), ambiguous, formWithoutBoxes);
    }

    // Two hits of one item with no sentence end between them.
    private static bool InOneSentence(ReasonHit a, ReasonHit b) =>
        ReferenceEquals(a.Item, b.Item) && GroundMatcher.InOneSentence(a.Item.Text, a.Hit.Start, b.Hit.Start);

    // A reason that ends with a colon introduces a list.
    private static bool IntroducesAList(ReasonItem item) => item.Text.TrimEnd().EndsWith(':');

    // A reason is a sentence; a scrap of a few words is a broken line, not something the officer relied on.
    private static bool LooksLikeAReason(ReasonItem item) => WordPattern().Count(item.Text) >= 5;

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex WordPattern();

    // An opening that announces the reasons, or the decision itself: what follows is reasons.
    [GeneratedRegex(@"(:\s*$|following reasons?|reasons? below|raisons? suivantes?|motifs suivants|ci-dessous|ci-apres|ci-après|\brefus|refused|refusee)", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonsFollow();
}
