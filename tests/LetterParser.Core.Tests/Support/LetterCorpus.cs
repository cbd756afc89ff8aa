using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Tests.Support;

/// <summary>
/// A held-out corpus of letters (NNN-name.txt with NNN-name.json expectations) and the one way every corpus is
/// judged: the whole pipeline runs on each letter and the outcome is folded into aggregate scores, never a
/// per-letter verdict, so that the corpus tests keep their own targets and nothing invites tuning to single letters.
/// </summary>
internal static partial class LetterCorpus
{
    /// <summary>The day the expectations' deadlines were written against.</summary>
    public static readonly DateOnly Today = new(2026, 11, 26);

    /// <summary>A scan's words come with Tesseract-like confidence, so the reader treats them as OCR text.</summary>
    private const double OcrWordConfidence = 0.85;

    /// <summary>The ground ids expectations may use: those of the domain notes.</summary>
    public static readonly IReadOnlySet<string> DocumentedGroundIds = DomainGroundIds.All.ToHashSet(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The letters of tests/LetterParser.Core.Tests/<paramref name="corpusFolder"/>/letters, in name order.</summary>
    public static List<Letter> Load(string corpusFolder)
    {
        var folder = Repository.PathOf("tests", "LetterParser.Core.Tests", corpusFolder, "letters");
        return Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var jsonPath = Path.ChangeExtension(path, ".json");
                var expected = JsonSerializer.Deserialize<Expectation>(File.ReadAllText(jsonPath), JsonOptions)
                    ?? throw new InvalidDataException("empty expectation " + jsonPath);
                return new Letter(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), expected);
            })
            .ToList();
    }

    /// <summary>Every ground and factor id a letter's expectation names.</summary>
    public static IEnumerable<string> ExpectedIds(Expectation expected) =>
        expected.Grounds.SelectMany(g => g.Value.Prepend(g.Key));

    /// <summary>"name: id" for every ground id an expectation uses that the domain notes do not document.</summary>
    public static List<string> UndocumentedGroundIds(IEnumerable<Letter> letters) =>
        letters
            .SelectMany(l => ExpectedIds(l.Expected).Select(id => (l.Name, id)))
            .Where(x => !DocumentedGroundIds.Contains(x.id))
            .Select(x => $"{x.Name}: {x.id}")
            .ToList();

    /// <summary>
    /// Explains every letter and scores it against its expectation. OCR letters count in both scores; the
    /// mismatch lines are those of the aggregate score, one entry per letter with any problem.
    /// </summary>
    public static Evaluation Evaluate(IEnumerable<Letter> letters)
    {
        var options = new ProcessingOptions(Today: Today);
        var score = new Score();
        var ocrScore = new Score();
        var mismatches = new List<string>();

        foreach (var letter in letters)
        {
            var report = TextPipeline.Report(letter.DocumentText(), letter.Name + ".txt", options);
            var problems = new List<string>();
            foreach (var s in letter.IsOcr ? [score, ocrScore] : new[] { score })
            {
                var scratch = new List<string>();
                CompareGrounds(letter, report, s, scratch);
                CompareHeader(letter.Expected, report, s, scratch);
                CompareUnrecognized(letter.Expected, report, s, scratch);
                if (s == score)
                    problems.AddRange(scratch);
            }
            if (problems.Count > 0)
                mismatches.Add(letter.Name + ":\n    " + string.Join("\n    ", problems));
        }
        return new Evaluation(score, ocrScore, mismatches);
    }

    private static void CompareGrounds(Letter letter, FindingsReport report, Score score, List<string> problems)
    {
        var expected = ExpectedIds(letter.Expected).ToHashSet();
        var actual = report.Findings.SelectMany(f => f.Factors.Select(x => x.GroundId).Prepend(f.GroundId)).ToHashSet();
        var missing = expected.Except(actual).Order().ToList();
        var extra = actual.Except(expected).Order().ToList();
        score.TruePositives += expected.Intersect(actual).Count();
        score.FalseNegatives += missing.Count;
        score.FalsePositives += extra.Count;
        if (missing.Count > 0)
            problems.Add("grounds missing: " + string.Join(", ", missing));
        if (extra.Count > 0)
        {
            problems.Add("grounds extra: " + string.Join(", ", extra.Select(id => $"{id} «{QuoteOf(report, id)}»")));
            // An extra ground whose quote is the label of an empty box is the one error the product must never make.
            var emptyBoxLabels = EmptyBoxLabels(letter.Text);
            foreach (var id in extra.Where(id => emptyBoxLabels.Any(label => Overlaps(QuoteOf(report, id), label))))
            {
                score.UntickedReported++;
                problems.Add("UNTICKED BOX REPORTED: " + id);
            }
        }
    }

    private static void CompareHeader(Expectation expected, FindingsReport report, Score score, List<string> problems)
    {
        var facts = report.Letter;
        var jrDays = report.NextSteps
            .Where(s => s.Kind == NextStepKind.JudicialReview)
            .SelectMany(s => s.Deadlines.Select(d => d.Days))
            .Distinct().Order().ToList();
        Field("isRefusalLetter", expected.IsRefusalLetter, report.IsRefusalLetter);
        Field("language", expected.Language, report.Source.Language.ToString().ToLowerInvariant());
        Field("date", expected.Letter.Date, facts.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field("applicationNumber", expected.Letter.ApplicationNumber, facts.ApplicationNumber);
        Field("uci", expected.Letter.Uci, facts.Uci);
        Field("applicantName", expected.Letter.ApplicantName, facts.ApplicantName, SameName);
        Field("office", expected.Letter.Office, facts.Office, SameOffice);
        Field("permitType", expected.Letter.PermitType, Kebab(facts.PermitType));
        Field("decisionLocation", expected.Letter.DecisionLocation, Kebab(facts.DecisionLocation));
        Field("format", expected.Letter.Format, Kebab(facts.Format));
        Field("hasOfficerNotes", expected.HasOfficerNotes, !string.IsNullOrWhiteSpace(report.OfficerNotes));
        Field("judicialReviewDays", string.Join(",", expected.JudicialReviewDays.Order()), string.Join(",", jrDays));

        void Field<T>(string name, T want, T got, Func<T, T, bool>? same = null)
        {
            score.HeaderFields++;
            if (same?.Invoke(want, got) ?? EqualityComparer<T>.Default.Equals(want, got))
            {
                score.HeaderCorrect++;
                return;
            }
            score.HeaderErrors[name] = score.HeaderErrors.GetValueOrDefault(name) + 1;
            problems.Add($"{name}: expected '{want}' got '{got}'");
        }
    }

    private static void CompareUnrecognized(Expectation expected, FindingsReport report, Score score, List<string> problems)
    {
        // The free text may surface as an unrecognized item or as the quote of the "other" finding; either shows it verbatim.
        var shown = report.Unrecognized.Select(u => u.Text)
            .Concat(report.Findings.Where(f => f.GroundId == "other").Select(f => f.Quote))
            .Select(Normalize).ToList();
        foreach (var text in expected.Unrecognized)
        {
            score.UnrecognizedExpected++;
            var want = Normalize(text);
            if (shown.Any(s => s.Contains(want) || (s.Length >= 20 && want.Contains(s))))
                score.UnrecognizedFound++;
            else
                problems.Add($"unrecognized text not shown verbatim: «{text}»");
        }
        if (expected.Unrecognized.Count == 0)
        {
            foreach (var item in report.Unrecognized)
                problems.Add($"(info) unexpected unrecognized: «{item.Text}»");
        }
    }

    private static string QuoteOf(FindingsReport report, string id) =>
        report.Findings.FirstOrDefault(f => f.GroundId == id)?.Quote
        ?? report.Findings.SelectMany(f => f.Factors).FirstOrDefault(f => f.GroundId == id)?.Quote
        ?? "";

    /// <summary>The printed label after each "[ ]" box: up to the next box or the end of the line.</summary>
    private static List<string> EmptyBoxLabels(string text) =>
        text.Replace("\r", "").Split('\n')
            .SelectMany(line => BoxSegment().Matches(line).Where(m => m.Groups[1].Value == " ").Select(m => Normalize(m.Groups[2].Value)))
            .Where(label => label.Length >= 8)
            .ToList();

    /// <summary>
    /// True when most of an empty box's label is in the quote: the longest common run of characters covers at
    /// least 60% of the shorter text, so shared boilerplate ("I am not satisfied that you") does not count.
    /// </summary>
    private static bool Overlaps(string quote, string label)
    {
        var q = Normalize(quote);
        if (q.Length == 0)
            return false;
        var longest = 0;
        var previous = new int[label.Length + 1];
        for (var i = 1; i <= q.Length; i++)
        {
            var current = new int[label.Length + 1];
            for (var j = 1; j <= label.Length; j++)
            {
                if (q[i - 1] == label[j - 1])
                {
                    current[j] = previous[j - 1] + 1;
                    longest = Math.Max(longest, current[j]);
                }
            }
            previous = current;
        }
        return longest >= 0.6 * Math.Min(q.Length, label.Length);
    }

    private static bool SameName(string? want, string? got) => Normalize(want ?? "") == Normalize(got ?? "");

    private static bool SameOffice(string? want, string? got)
    {
        if (want is null || got is null)
            return want == got;
        var w = Normalize(want);
        var g = Normalize(got);
        // The office line may come back with its address or a second office line attached, but not cut short.
        return g.Contains(w);
    }

    private static string Normalize(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(c);
        }
        var s = folded.ToString().ToLowerInvariant().Replace('’', '\'');
        s = Spaces().Replace(s, " ").Trim();
        return s.TrimEnd('.', ',', ';', ':', ' ');
    }

    private static string Kebab<T>(T value) where T : struct, Enum =>
        UpperCase().Replace(value.ToString(), m => (m.Index > 0 ? "-" : "") + m.Value.ToLowerInvariant());

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperCase();

    [GeneratedRegex(@"\[([ xX])\]([^\[]*)")]
    private static partial Regex BoxSegment();

    /// <summary>One corpus letter: its file name without extension, its text and what the pipeline should report.</summary>
    public sealed record Letter(string Name, string Text, Expectation Expected)
    {
        /// <summary>Letters named NNN-ocr-... carry simulated OCR noise and stand for scans.</summary>
        public bool IsOcr => Name.Contains("-ocr-", StringComparison.Ordinal);

        /// <summary>The letter as extraction would hand it over: OCR pages for a scan, a text layer otherwise.</summary>
        public DocumentText DocumentText() =>
            IsOcr ? LetterTextBuilder.FromText(Text, OcrWordConfidence, ocr: true) : LetterTextBuilder.FromText(Text);
    }

    /// <summary>The aggregate score over all letters, the same over OCR letters only, and the per-letter problems.</summary>
    public sealed record Evaluation(Score All, Score Ocr, IReadOnlyList<string> Mismatches);

    public sealed record Expectation(
        bool IsRefusalLetter,
        string Language,
        ExpectedLetter Letter,
        Dictionary<string, List<string>> Grounds,
        List<string> Unrecognized,
        bool HasOfficerNotes,
        List<int> JudicialReviewDays);

    public sealed record ExpectedLetter(
        string? Date,
        string? ApplicationNumber,
        string? Uci,
        string? ApplicantName,
        string? Office,
        string PermitType,
        string DecisionLocation,
        string Format);

    /// <summary>Ground precision/recall, header-field accuracy and verbatim free text, summed over letters.</summary>
    public sealed class Score
    {
        public int TruePositives;
        public int FalsePositives;
        public int FalseNegatives;
        public int UntickedReported;
        public int HeaderFields;
        public int HeaderCorrect;
        public int UnrecognizedExpected;
        public int UnrecognizedFound;
        public readonly SortedDictionary<string, int> HeaderErrors = new(StringComparer.Ordinal);

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
        public double GroundF1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double HeaderAccuracy => HeaderFields == 0 ? 1 : (double)HeaderCorrect / HeaderFields;

        public string Summary() =>
            $"ground F1 {GroundF1:F3} (precision {Precision:F3}, recall {Recall:F3}; TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})\n" +
            $"header fields {HeaderCorrect}/{HeaderFields} = {HeaderAccuracy:F3}; errors by field: " +
            (HeaderErrors.Count == 0 ? "none" : string.Join(", ", HeaderErrors.Select(e => $"{e.Key} {e.Value}"))) + "\n" +
            $"unticked boxes reported: {UntickedReported}\n" +
            $"unrecognized free text shown verbatim: {UnrecognizedFound}/{UnrecognizedExpected}";
    }
}
