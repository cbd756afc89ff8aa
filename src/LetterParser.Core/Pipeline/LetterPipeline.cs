using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Matching;
using LetterParser.Core.Notes;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;
using LetterParser.Core.Reviewing;

namespace LetterParser.Core.Pipeline;

/// <summary>
/// The one use case: a file in, a report out. The CLI, the Hangfire job and the tests all call this, and its
/// <see cref="Report"/> method reads as the table of contents of the stages.
/// Failures that a person can fix come back as an <see cref="ErrorReport"/>, never as an exception;
/// cancellation and truly unexpected faults propagate so a job runner can retry them.
/// </summary>
public sealed class LetterPipeline
{
    private readonly IDocumentTextSource _textSource;
    private readonly TimeProvider _clock;
    private readonly HeaderFactsReader _headerReader;
    private readonly DocumentKindClassifier _kinds = new();
    private readonly ConcernExtractor _concerns;
    private readonly ResponseDeadlineReader _responseDeadlines = new();
    private readonly ReasonMatching _reasonMatching;
    private readonly FindingsBuilder _findings;
    private readonly LetterExplainer _explainer;
    private readonly NextStepPlanner _planner;
    private readonly ReviewAssessor _review;
    private readonly ReportAssembler _assembler;

    public LetterPipeline(IDocumentTextSource textSource, LetterCatalogue catalogue, LetterLimits limits, TimeProvider clock)
    {
        _textSource = textSource;
        _clock = clock;
        Limits = limits;
        _headerReader = new HeaderFactsReader(catalogue.Offices);
        _concerns = new ConcernExtractor(catalogue.Concerns);
        _reasonMatching = new ReasonMatching(new GroundMatcher(catalogue.Grounds));
        _findings = new FindingsBuilder(catalogue.Grounds);
        _explainer = new LetterExplainer(catalogue.Grounds);
        _planner = new NextStepPlanner(catalogue.Grounds);
        _review = new ReviewAssessor(ReviewOptions.Default);
        _assembler = new ReportAssembler(catalogue.Grounds);
    }

    public LetterLimits Limits { get; }

    public async Task<LetterReport> ProcessAsync(Stream content, string fileName, ProcessingOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes;
        try
        {
            bytes = await ReadCappedAsync(content, Limits.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (LetterInputException e)
        {
            return new ErrorReport(fileName, e.Detail());
        }
        return await ProcessAsync(bytes, fileName, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LetterReport> ProcessAsync(ReadOnlyMemory<byte> content, string fileName, ProcessingOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            if (content.Length == 0)
                throw LetterErrors.EmptyFile();
            if (content.Length > Limits.MaxFileBytes)
                throw LetterErrors.TooLarge(Limits.MaxFileBytes);
            options?.Progress?.Report(ReadingProgress.ReadingText);
            var document = await _textSource.ReadAsync(content, fileName, options?.Progress, cancellationToken).ConfigureAwait(false);
            options?.Progress?.Report(ReadingProgress.Matching);
            return Report(document, fileName, options);
        }
        catch (LetterInputException e)
        {
            return new ErrorReport(fileName, e.Detail());
        }
    }

    /// <summary>
    /// The report in the language asked for (else the letter's), after checking the received-on date against the
    /// letter's own date: a day before it is impossible, so the report is made without it and says why.
    /// </summary>
    public FindingsReport Report(DocumentText document, string fileName, ProcessingOptions? options)
    {
        options ??= ProcessingOptions.Default;
        options = options with { Today = options.Today ?? DateOnly.FromDateTime(_clock.GetLocalNow().Date) };
        var report = NotifiedDate.Checked(Read(document, fileName, options),
            redo: () => Read(document, fileName, options with { NotifiedOn = null }), options.NotifiedOn);
        return ReportTranslator.To(report, options.Language ?? UiText.DefaultFor(report));
    }

    /// <summary>From the document's text to its report, stage by stage.</summary>
    private FindingsReport Read(DocumentText document, string fileName, ProcessingOptions options)
    {
        var today = options.Today!.Value;

        var layout = LineLayout.Of(document);                       // lines, with each checkbox on its line
        var lines = layout.Lines.Select(l => new DocumentLine(l.Page, l.Text)).ToList();
        var kindReading = _kinds.Classify(lines);                   // refusal, GCMS notes, fairness letter, approval, other
        // A GCMS printout is notes from its first line: its application fields are no letter with a date and reasons.
        var notesStart = kindReading.Kind == DocumentKind.GcmsNotes ? 0 : kindReading.NotesStart;
        var sections = LetterSectionFinder.Find(layout, notesStart);   // header, reasons block, attached notes
        var header = _headerReader.Read(sections, document);        // date, numbers, office, permit, place
        var items = ReasonItemSplitter.Split(sections);             // checkbox items with their state, or sentences
        // Every ground, "Other:" line and unknown sentence comes from a reason item: a refusal with none (its
        // page lost, a notice quoting the decision) is no refusal letter that can be read.
        var kind = kindReading.Kind == DocumentKind.RefusalLetter && (sections.NotesOnly || items.Items.Count == 0)
            ? DocumentKind.Other : kindReading.Kind;
        var refusal = kind == DocumentKind.RefusalLetter;
        var matched = refusal ? _reasonMatching.Match(items) : NoReasons;   // grounds, other text, unreadable boxes
        var readByOcr = document.Pages.Any(p => p.Method == ReadingMethod.Ocr);
        var found = refusal ? _findings.Build(matched, header.Letter.PermitType, readByOcr) : [];   // one finding per ground
        var findings = _explainer.Explain(found);                   // what each ground means, what answers it
        var groundIds = found.SelectMany(f => f.Factors.Append(f)).Select(f => f.GroundId).ToHashSet(StringComparer.Ordinal);
        // Concerns come from notes only (attached, a printout, a fairness letter's list), never from a letter's reasons,
        // and never add a ground.
        var concerns = _concerns.Extract((kindReading with { Kind = kind }).ConcernLines(lines), groundIds);
        var situation = LetterSituationReader.Read(sections);       // restoration ruled out, must leave Canada
        var nextSteps = kind switch
        {
            DocumentKind.RefusalLetter => _planner.Plan(new RefusalSituation(found.Select(f => f.GroundId).ToHashSet(StringComparer.Ordinal),
                header.Letter.DecisionLocation, header.Letter.Date, options.NotifiedOn, today, sections.Notes.Count > 0,
                situation.RestorationUnavailable, situation.MustLeaveCanada)),
            DocumentKind.ProceduralFairnessLetter => _responseDeadlines.Read(lines, header.Letter.Date) is { } due
                ? _planner.PlanResponse(due.Date, due.Days, due.Basis, today)
                : _planner.PlanResponse(null, null, null, today),
            _ => [],
        };
        var review = _review.Assess(new ReadingDoubts(document, sections, header, kind, kindReading.Unclear, kindReading.StructuredPrintout, items, matched, found));
        return _assembler.Assemble(new LetterAnalysis(document, fileName, sections, header, kind, items, matched, findings, concerns,
            situation, nextSteps, review));
    }

    private static readonly MatchedReasons NoReasons = new([], [], [], [], [], false);

    private static async Task<byte[]> ReadCappedAsync(Stream content, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
                throw LetterErrors.TooLarge(max);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
