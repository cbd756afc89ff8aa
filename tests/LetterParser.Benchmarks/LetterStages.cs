using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Matching;
using LetterParser.Core.Notes;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;
using LetterParser.Core.Reviewing;

namespace LetterParser.Benchmarks;

/// <summary>One letter on its way through the stages: each stage reads what the ones before it left here.</summary>
internal sealed class StageState(VariedLetter letter)
{
    public VariedLetter Letter { get; } = letter;
    public DocumentText Document => Letter.Document;
    public DateOnly Today { get; } = new(2026, 6, 1);
    public LineLayout Layout = null!;
    public List<DocumentLine> Lines = null!;
    public DocumentKindResult KindReading = null!;
    public DocumentKind Kind;
    public LetterSections Sections = null!;
    public HeaderFacts Header = null!;
    public ReasonItems Items = null!;
    public MatchedReasons Matched = null!;
    public IReadOnlyList<FoundGround> Found = [];
    public IReadOnlyList<Finding> Findings = [];
    public IReadOnlyList<Concern> Concerns = [];
    public LetterSituation Situation = null!;
    public IReadOnlyList<NextStep> NextSteps = [];
    public ReviewInfo Review = null!;
    public FindingsReport Report = null!;
    public string Json = "";
    public string Csv = "";
}

/// <summary>
/// The in-process stages of <see cref="Core.Pipeline.LetterPipeline"/>, one step each, in its order and with its
/// objects (built once, as the pipeline builds them), so that each stage's CPU time can be measured on the varied
/// mix. Keep it in step with <c>LetterPipeline.Read</c>; <see cref="StageCpuTime"/> checks that the reports agree.
/// </summary>
internal sealed class LetterStages
{
    private static readonly MatchedReasons NoReasons = new([], [], [], [], [], false);

    private readonly HeaderFactsReader _headers;
    private readonly DocumentKindClassifier _kinds = new();
    private readonly ConcernExtractor _concerns;
    private readonly ResponseDeadlineReader _responseDeadlines = new();
    private readonly ReasonMatching _matching;
    private readonly FindingsBuilder _findings;
    private readonly LetterExplainer _explainer;
    private readonly NextStepPlanner _planner;
    private readonly ReviewAssessor _review = new(ReviewOptions.Default);
    private readonly ReportAssembler _assembler;

    public LetterStages(LetterCatalogue catalogue)
    {
        _headers = new HeaderFactsReader(catalogue.Offices);
        _concerns = new ConcernExtractor(catalogue.Concerns);
        _matching = new ReasonMatching(new GroundMatcher(catalogue.Grounds));
        _findings = new FindingsBuilder(catalogue.Grounds);
        _explainer = new LetterExplainer(catalogue.Grounds);
        _planner = new NextStepPlanner(catalogue.Grounds);
        _assembler = new ReportAssembler(catalogue.Grounds);
        Steps =
        [
            new("line layout", s =>
            {
                s.Layout = LineLayout.Of(s.Document);
                s.Lines = s.Layout.Lines.Select(l => new DocumentLine(l.Page, l.Text)).ToList();
            }),
            new("document kind", s => s.KindReading = _kinds.Classify(s.Lines)),
            new("reasons block (letter sections)", s => s.Sections = LetterSectionFinder.Find(s.Layout,
                s.KindReading.Kind == DocumentKind.GcmsNotes ? 0 : s.KindReading.NotesStart)),
            new("header facts", s => s.Header = _headers.Read(s.Sections, s.Document)),
            new("reason items", s =>
            {
                s.Items = ReasonItemSplitter.Split(s.Sections);
                s.Kind = s.KindReading.Kind == DocumentKind.RefusalLetter && (s.Sections.NotesOnly || s.Items.Items.Count == 0)
                    ? DocumentKind.Other : s.KindReading.Kind;
            }),
            new("matching", s => s.Matched = s.Kind == DocumentKind.RefusalLetter ? _matching.Match(s.Items) : NoReasons),
            new("findings", s =>
            {
                s.Found = s.Kind == DocumentKind.RefusalLetter
                    ? _findings.Build(s.Matched, s.Header.Letter.PermitType, s.Document.Pages.Any(p => p.Method == ReadingMethod.Ocr)) : [];
                s.Findings = _explainer.Explain(s.Found);
            }),
            new("concerns (notes)", s =>
            {
                var groundIds = s.Found.SelectMany(f => f.Factors.Append(f)).Select(f => f.GroundId).ToHashSet(StringComparer.Ordinal);
                s.Concerns = _concerns.Extract((s.KindReading with { Kind = s.Kind }).ConcernLines(s.Lines), groundIds);
            }),
            new("next steps", s =>
            {
                s.Situation = LetterSituationReader.Read(s.Sections);
                s.NextSteps = s.Kind switch
                {
                    DocumentKind.RefusalLetter => _planner.Plan(new RefusalSituation(s.Found.Select(f => f.GroundId).ToHashSet(StringComparer.Ordinal),
                        s.Header.Letter.DecisionLocation, s.Header.Letter.Date, null, s.Today, s.Sections.Notes.Count > 0,
                        s.Situation.RestorationUnavailable, s.Situation.MustLeaveCanada)),
                    DocumentKind.ProceduralFairnessLetter => _responseDeadlines.Read(s.Lines, s.Header.Letter.Date) is { } due
                        ? _planner.PlanResponse(due.Date, due.Days, due.Basis, s.Today)
                        : _planner.PlanResponse(null, null, null, s.Today),
                    _ => [],
                };
            }),
            new("review", s => s.Review = _review.Assess(new ReadingDoubts(s.Document, s.Sections, s.Header, s.Kind, s.KindReading.Unclear,
                s.KindReading.StructuredPrintout, s.Items, s.Matched, s.Found))),
            new("report (assemble, translate)", s =>
            {
                var report = _assembler.Assemble(new LetterAnalysis(s.Document, s.Letter.Name, s.Sections, s.Header, s.Kind, s.Items, s.Matched,
                    s.Findings, s.Concerns, s.Situation, s.NextSteps, s.Review));
                s.Report = ReportTranslator.To(report, UiText.DefaultFor(report));
            }),
            new("JSON line", s => s.Json = ReportJson.Serialize(s.Report)),
            new("CSV row", s =>
            {
                // The CLI's writer, one row into a buffer.
                using var row = new StringWriter();
                new CsvReportWriter(row, new CsvOptions(UiText.English, s.Today)).Write(s.Report);
                s.Csv = row.ToString();
            }),
        ];
    }

    /// <summary>The stages in pipeline order; each takes what the earlier ones left in the state.</summary>
    public IReadOnlyList<Stage> Steps { get; }

    public StageState RunAll(VariedLetter letter)
    {
        var state = new StageState(letter);
        foreach (var step in Steps)
            step.Run(state);
        return state;
    }
}

/// <summary>A named stage of <see cref="LetterStages"/>.</summary>
internal sealed record Stage(string Name, Action<StageState> Run)
{
    public override string ToString() => Name;
}
