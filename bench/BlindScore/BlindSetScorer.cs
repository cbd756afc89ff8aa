using System.Globalization;
using System.Text;
using System.Text.Json;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.BlindSets;

/// <summary>
/// Scores the whole pipeline on a labelled set written by someone who never saw the code, the catalogue or the
/// tests (tests/BlindSets/*/labels/*.json, one label per file). The labels hold the truth about each document;
/// this class only compares, so the same scorer serves a first (untouched) measurement and a regression test.
/// </summary>
public static class BlindSetScorer
{
    /// <summary>The day deadlines are counted to; fixed so that two runs of one set agree.</summary>
    public static readonly DateOnly Today = new(2026, 12, 2);

    /// <param name="parallel">Letters read at once: as many as the pipeline has readers, so that both cores work.</param>
    public static async Task<BlindSetScore> ScoreAsync(LetterPipeline pipeline, string setDirectory, CancellationToken cancellationToken, int parallel = 1)
    {
        var labels = Directory.GetFiles(Path.Combine(setDirectory, "labels"), "*.json").Order(StringComparer.Ordinal).ToArray();
        var files = new FileScore[labels.Length];
        await Parallel.ForAsync(0, labels.Length, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            using var label = JsonDocument.Parse(await File.ReadAllTextAsync(labels[i], ct));
            var want = label.RootElement;
            var path = Path.Combine(setDirectory, want.GetProperty("file").GetString()!);
            await using var stream = File.OpenRead(path);
            var report = await pipeline.ProcessAsync(stream, Path.GetFileName(path), new ProcessingOptions(Today: Today), ct);
            files[i] = Compare(Path.GetFileName(path), want, report);
        });
        return new BlindSetScore(files);
    }

    private static FileScore Compare(string file, JsonElement want, LetterReport report)
    {
        var problems = new List<string>();
        var refusal = report as FindingsReport;
        if (refusal is null)
            problems.Add("error report: " + ((ErrorReport)report).Error.Code);

        var wantKind = Str(want, "documentKind") ?? "refusal-letter";
        var gotKind = refusal is null ? "error" : Kebab(refusal.DocumentKind.ToString());
        if (wantKind != gotKind)
            problems.Add($"documentKind: want {wantKind}, got {gotKind}");

        var wantGrounds = new HashSet<string>(StringComparer.Ordinal);
        if (want.TryGetProperty("grounds", out var grounds) && grounds.ValueKind == JsonValueKind.Object)
        {
            foreach (var ground in grounds.EnumerateObject())
            {
                wantGrounds.Add(ground.Name);
                // Factors are labelled in full ("will-not-leave.family-ties") or, in some sets, by their own name
                // under their ground ("family-ties"): both mean the same factor.
                foreach (var factor in ground.Value.EnumerateArray().Select(f => f.GetString()!))
                    wantGrounds.Add(factor.Contains('.', StringComparison.Ordinal) ? factor : ground.Name + "." + factor);
            }
        }
        var gotGrounds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in refusal?.Findings ?? [])
        {
            gotGrounds.Add(finding.GroundId);
            foreach (var factor in finding.Factors)
                gotGrounds.Add(factor.GroundId);
        }
        var missed = wantGrounds.Except(gotGrounds).Order().ToList();
        var extra = gotGrounds.Except(wantGrounds).Order().ToList();
        if (missed.Count > 0) problems.Add("grounds missed: " + string.Join(", ", missed));
        if (extra.Count > 0) problems.Add("grounds extra: " + string.Join(", ", extra));
        var checkboxLetter = refusal?.Letter.Format == LetterFormat.Checkbox
            || (Str(want, "layout") ?? Str(want, "format") ?? file).Contains("checkbox", StringComparison.OrdinalIgnoreCase);

        if (want.TryGetProperty("letter", out var letter) && refusal is not null)
        {
            Same(problems, "date", Str(letter, "date"), refusal.Letter.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), letter.TryGetProperty("date", out _));
            Same(problems, "applicationNumber", Str(letter, "applicationNumber"), refusal.Letter.ApplicationNumber, letter.TryGetProperty("applicationNumber", out _));
            Same(problems, "uci", Str(letter, "uci"), refusal.Letter.Uci, letter.TryGetProperty("uci", out _));
        }

        var steps = refusal?.NextSteps ?? [];
        if (wantKind == "refusal-letter" && want.TryGetProperty("judicialReviewDays", out var days) && days.ValueKind == JsonValueKind.Array)
        {
            var wantDays = days.EnumerateArray().Select(d => d.GetInt32()).Order().ToList();
            var gotDays = steps.Where(s => s.Kind == NextStepKind.JudicialReview).SelectMany(s => s.Deadlines).Select(d => d.Days).Distinct().Order().ToList();
            // Without a letter date no deadline can be dated; the label's days then cannot be checked.
            var dated = refusal?.Letter.Date is not null;
            if (dated && !wantDays.SequenceEqual(gotDays))
                problems.Add($"judicial review days: want [{string.Join(",", wantDays)}], got [{string.Join(",", gotDays)}]");
        }
        if (want.TryGetProperty("restorationAvailable", out var restoration) && restoration.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var gotRestoration = steps.Any(s => s.Kind == NextStepKind.Restoration && s.Deadlines.Count > 0);
            if (gotRestoration != restoration.GetBoolean() && refusal?.Letter.Date is not null)
                problems.Add($"restoration deadline: want {restoration.GetBoolean()}, got {gotRestoration}");
        }
        if (want.TryGetProperty("mustLeaveCanada", out var leave) && leave.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var gotLeave = steps.Any(s => s.Kind == NextStepKind.LeaveCanada);
            if (gotLeave != leave.GetBoolean())
                problems.Add($"leave-canada step: want {leave.GetBoolean()}, got {gotLeave}");
        }
        if (Str(want, "respondBy") is { } respondBy)
        {
            var got = steps.Where(s => s.Kind == NextStepKind.RespondToOfficer).SelectMany(s => s.Deadlines)
                .Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).FirstOrDefault();
            if (got != respondBy)
                problems.Add($"response deadline: want {respondBy}, got {got ?? "none"}");
        }

        // Concerns: matched by id per file (a multiset), so that a concern named twice must be found twice.
        var wantConcerns = new List<string>();
        var hasConcernLabels = want.TryGetProperty("concerns", out var concerns) && concerns.ValueKind == JsonValueKind.Array;
        if (hasConcernLabels)
            // Sets name the concern "concernId" or, as the writer of grounds-3 was asked to, "id".
            wantConcerns.AddRange(concerns.EnumerateArray().Select(c => Str(c, "concernId") ?? Str(c, "id") ?? "other"));
        var gotConcerns = (refusal?.Concerns ?? []).Select(c => c.ConcernId).ToList();
        var concernHits = 0;
        var remaining = gotConcerns.ToList();
        foreach (var id in wantConcerns)
        {
            if (remaining.Remove(id))
                concernHits++;
        }
        if (hasConcernLabels && (concernHits < wantConcerns.Count || remaining.Count > 0))
        {
            problems.Add($"concerns: want [{string.Join(", ", wantConcerns.Order())}], got [{string.Join(", ", gotConcerns.Order())}]");
            // The quotes of what was missed and what was extra, so that a wrong concern can be traced to its words.
            var unfound = wantConcerns.ToList();
            foreach (var id in gotConcerns)
                unfound.Remove(id);
            foreach (var c in concerns.EnumerateArray().Where(c => unfound.Remove(Str(c, "concernId") ?? Str(c, "id") ?? "other")))
                problems.Add($"concerns:   missed {Str(c, "concernId") ?? Str(c, "id") ?? "other"}: {Str(c, "quote")}");
            foreach (var c in (refusal?.Concerns ?? []).Where(c => remaining.Remove(c.ConcernId)))
                problems.Add($"concerns:   extra {c.ConcernId}: {c.Quote}");
        }

        var flagged = refusal?.Review.Needed ?? true;
        return new FileScore(file, wantKind, wantGrounds.Count, gotGrounds.Count, wantGrounds.Intersect(gotGrounds).Count(),
            wantGrounds.SetEquals(gotGrounds), checkboxLetter ? extra.Count(e => e != "other") : 0,
            hasConcernLabels, wantConcerns.Count, gotConcerns.Count, concernHits, wantConcerns.Count == 0 && gotConcerns.Count > 0,
            problems, flagged, refusal?.Review.Reasons.Select(r => r.Code).Distinct().ToList() ?? ["error"]);
    }

    private static void Same(List<string> problems, string what, string? want, string? got, bool labelled)
    {
        if (labelled && !string.Equals(want, got, StringComparison.Ordinal))
            problems.Add($"{what}: want {want ?? "null"}, got {got ?? "null"}");
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}

/// <remarks>
/// <see cref="Right"/>: right in every part a user relies on, as the reading issue defines it — kind, grounds, date,
/// numbers, deadlines; the review flag is calibrated on it. <see cref="RightWithConcerns"/> also needs the officer's
/// concerns exactly as labelled, a stricter figure reported beside it.
/// </remarks>
public sealed record FileScore(
    string File, string Kind, int WantGrounds, int GotGrounds, int GroundHits, bool ExactGrounds, int CheckboxExtras,
    bool ConcernsLabelled, int WantConcerns, int GotConcerns, int ConcernHits, bool ConcernsWithoutNotes,
    IReadOnlyList<string> Problems, bool Flagged, IReadOnlyList<string> ReviewCodes)
{
    public bool Right => Problems.All(p => p.StartsWith("concerns", StringComparison.Ordinal));

    public bool RightWithConcerns => Problems.Count == 0;

    public string Describe() =>
        $"{(Right ? (RightWithConcerns ? "ok   " : "ok*  ") : "WRONG")} {(Flagged ? "flagged" : "-------")} {File}" +
        (ReviewCodes.Count > 0 ? $" [review: {string.Join(", ", ReviewCodes)}]" : "") +
        string.Concat(Problems.Select(p => "\n        " + p));
}

public sealed record BlindSetScore(IReadOnlyList<FileScore> Files)
{
    public double GroundPrecision => Ratio(Files.Sum(f => f.GroundHits), Files.Sum(f => f.GotGrounds));
    public double GroundRecall => Ratio(Files.Sum(f => f.GroundHits), Files.Sum(f => f.WantGrounds));
    public double GroundF1 => F1(GroundPrecision, GroundRecall);
    public double ExactGroundSet => Ratio(Files.Count(f => f.ExactGrounds), Files.Count);
    public int UntickedBoxesReported => Files.Sum(f => f.CheckboxExtras);
    public double DocumentKindAccuracy => Ratio(Files.Count(f => !f.Problems.Any(p => p.StartsWith("documentKind", StringComparison.Ordinal))), Files.Count);
    public double Flagged => Ratio(Files.Count(f => f.Flagged), Files.Count);
    public double UnflaggedRight => Ratio(Files.Count(f => !f.Flagged && f.Right), Files.Count(f => !f.Flagged));
    public double WrongFlagged => Ratio(Files.Count(f => !f.Right && f.Flagged), Files.Count(f => !f.Right));
    public double Right => Ratio(Files.Count(f => f.Right), Files.Count);
    public double RightWithConcerns => Ratio(Files.Count(f => f.RightWithConcerns), Files.Count);
    public double ConcernPrecision => Ratio(Files.Sum(f => f.ConcernHits), Files.Where(f => f.ConcernsLabelled).Sum(f => f.GotConcerns));
    public double ConcernRecall => Ratio(Files.Sum(f => f.ConcernHits), Files.Sum(f => f.WantConcerns));

    public string Summary()
    {
        var text = new StringBuilder();
        var withConcerns = Files.Any(f => f.ConcernsLabelled) ? $"; with concerns exactly as labelled too {RightWithConcerns:0.000}" : "";
        text.AppendLine(CultureInfo.InvariantCulture, $"files {Files.Count}; right in every part (kind, grounds, date, numbers, deadlines) {Right:0.000}{withConcerns}");
        text.AppendLine(CultureInfo.InvariantCulture, $"grounds: precision {GroundPrecision:0.000} recall {GroundRecall:0.000} F1 {GroundF1:0.000}; exact ground set {ExactGroundSet:0.000}; unticked boxes reported {UntickedBoxesReported}");
        text.AppendLine(CultureInfo.InvariantCulture, $"document kind right {DocumentKindAccuracy:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"review: flagged {Flagged:0.000}; unflagged and right {UnflaggedRight:0.000}; wrong reports flagged {WrongFlagged:0.000}");
        if (Files.Any(f => f.ConcernsLabelled))
            text.AppendLine(CultureInfo.InvariantCulture, $"concerns: precision {ConcernPrecision:0.000} recall {ConcernRecall:0.000} F1 {F1(ConcernPrecision, ConcernRecall):0.000}; files with concerns but no notes {Files.Count(f => f.ConcernsWithoutNotes)}");
        return text.ToString();
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
