using System.Text;
using System.Text.RegularExpressions;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Notes;

/// <summary>
/// Reads officer's notes (attached decision notes, a GCMS printout's notes, the concerns of a
/// procedural-fairness letter) into one <see cref="Concern"/> per specific thing the officer doubted.
/// Stock openings and conclusions are blanked first; positive findings and neutral facts carry no cue
/// of doubt and so match nothing; a sentence that still expresses doubt but fits no concern is kept
/// word for word as "other". The taxonomy is data (<see cref="ConcernsCatalogue"/>).
/// </summary>
public sealed partial class ConcernExtractor
{
    private const double OtherConfidence = 0.4;

    private sealed record CompiledCue(string Name, TermSet[] Groups, TermSet? Unless, bool AcrossClauses);

    private sealed record CompiledConcern(ConcernDefinition Definition, CompiledCue[] Cues);

    private readonly ConcernsCatalogue _catalogue;
    private readonly CompiledConcern[] _concerns;
    private readonly TermSet _frame;
    private readonly TermSet _doubt;
    private readonly HashSet<string> _conclusionWords;

    public ConcernExtractor(ConcernsCatalogue catalogue)
    {
        _catalogue = catalogue;
        _concerns = catalogue.Concerns
            .Select(c => new CompiledConcern(c, c.Cues.Select(q => new CompiledCue(q.Name,
                q.Groups.Select(g => new TermSet(g)).ToArray(),
                q.Unless.Count > 0 ? new TermSet(q.Unless) : null,
                q.AcrossClauses)).ToArray()))
            .ToArray();
        _frame = new TermSet(catalogue.Frame);
        _doubt = new TermSet(catalogue.Doubt);
        _conclusionWords = catalogue.ConclusionWords.Select(NotesText.FoldInPlace).ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="notesLines">The notes only (see <see cref="DocumentKindResult.ConcernLines"/>), in reading order.</param>
    /// <param name="letterGroundIds">The grounds (and will-not-leave factors) the letter relies on, when known:
    /// a concern then supports the one of its grounds the letter uses.</param>
    /// <param name="language">The language of the evidence lists.</param>
    public IReadOnlyList<Concern> Extract(IReadOnlyList<DocumentLine> notesLines, IReadOnlyCollection<string>? letterGroundIds = null,
        ReportLanguage language = ReportLanguage.En)
    {
        var found = new List<(Concern Concern, int Order)>();
        var order = 0;
        foreach (var sentence in Sentences(notesLines))
        {
            foreach (var (id, _, quote, score) in ConcernsIn(sentence.Text))
            {
                order++;
                var existing = found.FindIndex(f => f.Concern.ConcernId == id && id != ConcernsCatalogue.OtherId);
                var concern = new Concern(id, _catalogue.GroundFor(id, letterGroundIds), quote, sentence.Page,
                    _catalogue.EvidenceOf(id, language), Math.Round(score, 2));
                // One concern said twice is reported once, with its clearest wording.
                if (existing < 0)
                    found.Add((concern, order));
                else if (concern.Confidence > found[existing].Concern.Confidence)
                    found[existing] = (concern, found[existing].Order);
            }
        }
        return found.OrderBy(f => f.Order).Select(f => f.Concern).ToList();
    }

    /// <summary>Each concern found with the name of the cue that found it: for tests and for tuning the data.</summary>
    internal IEnumerable<(string Id, string Cue, string Quote)> Trace(IReadOnlyList<DocumentLine> notesLines) =>
        Sentences(notesLines).SelectMany(s => ConcernsIn(s.Text)).Select(c => (c.Id, c.Cue, c.Quote));

    private IEnumerable<(string Id, string Cue, string Quote, double Score)> ConcernsIn(string sentence)
    {
        var folded = Blank(NotesText.FoldInPlace(sentence));
        var clauses = Clauses(folded);
        // Every cue of every concern reads the same few clauses: each is folded to its skeleton once, not once per cue.
        var foldedUnits = new Dictionary<(int, int), FoldedUnit>();
        FoldedUnit UnitOf(int start, int end) =>
            foldedUnits.TryGetValue((start, end), out var unit) ? unit : foldedUnits[(start, end)] = new FoldedUnit(folded[start..end]);
        var hits = new List<(CompiledConcern Concern, string Cue, (int Start, int End) Span, double Score)>();
        foreach (var concern in _concerns)
        {
            (int, int)? bestSpan = null;
            var bestScore = 0.0;
            var bestCue = "";
            foreach (var cue in concern.Cues)
            {
                var units = cue.AcrossClauses ? [(0, folded.Length)] : clauses;
                foreach (var (start, end) in units)
                {
                    if (Match(cue, UnitOf(start, end)) is { } score && score > bestScore)
                    {
                        bestScore = score * (cue.AcrossClauses ? 0.9 : 1.0);
                        bestSpan = (start, end);
                        bestCue = cue.Name;
                    }
                }
            }
            if (bestSpan is { } span)
                hits.Add((concern, bestCue, span, bestScore));
        }

        var kept = hits.Where(h => !h.Concern.Definition.YieldsTo.Any(y =>
            hits.Any(o => o.Concern != h.Concern && (y == "*" || o.Concern.Definition.Id == y)))).ToList();
        foreach (var (concern, cue, span, score) in kept)
            yield return (concern.Definition.Id, cue, Quote(sentence, span), 0.9 * score);

        if (kept.Count == 0 && ExpressesDoubt(folded))
            yield return (ConcernsCatalogue.OtherId, "", TextCleanup.Tidy(sentence), OtherConfidence);
    }

    private static double? Match(CompiledCue cue, FoldedUnit unit)
    {
        if (cue.Unless?.FindIn(unit) is not null)
            return null;
        var score = 1.0;
        foreach (var group in cue.Groups)
        {
            if (group.FindIn(unit) is not { } hit)
                return null;
            score = Math.Min(score, hit.Score);
        }
        return score;
    }

    // Stock phrases are replaced by spaces, so what the officer adds around them is still read.
    private string Blank(string folded)
    {
        var chars = folded.ToCharArray();
        foreach (var hit in _frame.FindAll(folded))
        {
            for (var i = hit.Start; i < hit.End; i++)
                chars[i] = ' ';
        }

        return new string(chars);
    }

    private bool ExpressesDoubt(string blanked)
    {
        var unit = new FoldedUnit(blanked);
        if (_doubt.FindIn(unit) is not { } doubt)
            return false;
        // "NOT SATISFIED PA IS A BONAFIDE TR ..." left over from a blanked conclusion is no concern: the officer
        // must say what the doubt is about, in words other than the conclusion's own.
        var rest = blanked.Remove(doubt.Start, doubt.End - doubt.Start);
        return ContentWord().Matches(rest).Count(m => !_conclusionWords.Contains(m.Value)) >= 3;
    }

    private static string Quote(string sentence, (int Start, int End) span)
    {
        var quote = TextCleanup.Tidy(sentence[span.Start..span.End].Trim(' ', ',', ';', ':', '-', '–', '(', ')', '.'));
        return WordCount().Matches(quote).Count >= 2 ? quote : TextCleanup.Tidy(sentence);
    }

    private static List<(int Start, int End)> Clauses(string folded)
    {
        var clauses = new List<(int, int)>();
        var start = 0;
        foreach (Match m in ClauseBoundary().Matches(folded))
        {
            if (m.Index > start)
                clauses.Add((start, m.Index));
            start = m.Index + m.Length;
        }
        if (start < folded.Length)
            clauses.Add((start, folded.Length));
        return clauses;
    }

    private sealed record NotesSentence(string Text, int Page);

    /// <summary>
    /// The notes as sentences: record structure and headings are dropped (they end a paragraph), a bullet
    /// or an entry starts one, lines of a paragraph are joined (undoing hyphenation), and each paragraph
    /// is split into sentences; capitals-only notes without full stops stay whole and are split into
    /// clauses later.
    /// </summary>
    private static IEnumerable<NotesSentence> Sentences(IReadOnlyList<DocumentLine> lines)
    {
        var paragraph = new StringBuilder();
        var starts = new List<(int Offset, int Page)>();
        IEnumerable<NotesSentence> Flush()
        {
            if (paragraph.Length == 0)
                yield break;
            var text = paragraph.ToString();
            var cursor = 0;
            foreach (var sentence in TextCleanup.Sentences(text))
            {
                var at = text.IndexOf(sentence, cursor, StringComparison.Ordinal);
                if (at < 0) at = cursor;
                cursor = at + sentence.Length;
                var page = starts.LastOrDefault(s => s.Offset <= at, starts[0]).Page;
                yield return new NotesSentence(sentence, page);
            }
            paragraph.Clear();
            starts.Clear();
        }

        foreach (var line in lines)
        {
            var folded = NotesText.FoldInPlace(line.Text).Trim();
            if (folded.Length == 0 || GcmsLayout.IsStructure(folded) || GcmsLayout.IsSectionHeading(folded)
                || DocumentKindClassifier.IsNotesHeading(folded) || Redaction().IsMatch(folded))
            {
                foreach (var s in Flush()) yield return s;
                continue;
            }
            var text = line.Text.Trim();
            if (Bullet().IsMatch(text))
            {
                foreach (var s in Flush()) yield return s;
                text = Bullet().Replace(text, "");
            }
            starts.Add((paragraph.Length == 0 ? 0 : paragraph.Length + 1, line.Page));
            TextCleanup.AppendLine(paragraph, text);
            // A line that ends a sentence with no full stop after it (capitals notes) still ends its thought
            // when the next line opens a new one; TextCleanup's sentence split handles the punctuated case.
        }
        foreach (var s in Flush()) yield return s;
    }

    [GeneratedRegex(@"\s*((?<!\d)[,:](?!\d)|;|\s[-–]\s|\s-{2,}\s|\(|\)|\bbut\b|\bhowever\b|\bwhereas\b|\bmais\b|\bcependant\b|\btoutefois\b)\s*")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"^\s*([•●▪◦·\*\-–—>]|\d{1,2}[.)]|\(?[a-h][.)]|\(?[ivx]{1,4}\))\s+")]
    private static partial Regex Bullet();

    // Withheld passages: only exemption codes or blanks left on the line.
    [GeneratedRegex(@"^(\[?\s*(redacted|withheld|s\.\s*\d+[\d()a-z.]*|\.{3,}|_{3,})\s*\]?\s*)+$")]
    private static partial Regex Redaction();

    [GeneratedRegex(@"\b(?!(?:that|this|the|and|with|will|have|has|been|they|their|them|applicant|subject|client|demandeur|demanderesse|pour|dans|avec|que|qui|les|des)\b)\p{L}{3,}")]
    private static partial Regex ContentWord();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex WordCount();
}
