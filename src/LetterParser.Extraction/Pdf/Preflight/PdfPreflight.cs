using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Extraction.Pdf.Preflight;

/// <summary>Caps a letter never comes near, checked on the raw file before PdfPig sees it.</summary>
internal sealed record PreflightLimits
{
    public static PreflightLimits Default { get; } = new();

    /// <summary>Most objects a cross-reference table or stream may claim (/Size, /Index); letters have a few thousand.</summary>
    public long MaxObjects { get; init; } = 1_000_000;

    /// <summary>Deepest chain of objects followed from a page (PdfPig walks them recursively).</summary>
    public int MaxDepth { get; init; } = 48;

    /// <summary>Deepest nesting of form XObjects drawing form XObjects.</summary>
    public int MaxFormNesting { get; init; } = 12;

    /// <summary>Most characters drawn on one page; a dense letter page has about 5,000.</summary>
    public long MaxGlyphsPerPage { get; init; } = 200_000;

    /// <summary>Most path operations (move, line, curve, rectangle...) on one page.</summary>
    public long MaxPathOperationsPerPage { get; init; } = 500_000;

    /// <summary>Most images, forms and shadings painted on one page (each is decoded and drawn again).</summary>
    public long MaxPaintsPerPage { get; init; } = 5_000;

    /// <summary>
    /// Most work PdfPig may do on words of a content stream that are not operators: for each one it searches every
    /// operation read before it (for an inline image to repair), so 300,000 stray words after 6,500 operations took
    /// a reader 12 s. Counted as the sum, over the stray words, of the operations before each; a letter has none.
    /// </summary>
    public long MaxStrayWordWork { get; init; } = 20_000_000;
}

/// <summary>
/// Reads the PDF's object graph with its own bounded parser before PdfPig does, because PdfPig follows
/// references recursively (a reference loop is a stack overflow, which .NET cannot catch), allocates what the
/// cross-reference stream claims, and inflates streams whole. Refuses, with a typed error, a file whose
/// references loop or nest too deep, whose cross-reference sizes are absurd, whose streams inflate (all stages,
/// all streams, each time a page uses them) past the cap, or whose pages draw far more than any letter does.
/// </summary>
internal static class PdfPreflight
{
    /// <summary>Keys that point back up or sideways (parents, annotations, outlines, structure); PdfPig does not walk them from a page.</summary>
    private static readonly HashSet<string> BackLinks =
    [
        "Parent", "P", "Annots", "B", "Dest", "Dests", "D", "A", "AA", "Pg", "Popup", "IRT", "Prev", "Next", "First",
        "Last", "Thumb", "Metadata", "PieceInfo", "Outlines", "Threads", "AcroForm", "Names", "StructTreeRoot",
        "OpenAction", "OCProperties", "StructParents", "Tabs", "OC",
    ];

    /// <summary>Resource categories whose entries are drawn on demand; each entry is checked on its own (a shared resource dictionary is normal).</summary>
    private static readonly HashSet<string> DrawnResources = ["XObject", "Pattern", "Font"];

    /// <summary>The content stream operators of PDF 2.0 (ISO 32000-2, annex A): any other word is stray to PdfPig.</summary>
    private static readonly HashSet<string> Operators =
    [
        "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI",
        "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n",
        "q", "Q", "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj",
        "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"",
    ];

    /// <summary>Operands the lexer reads as keywords.</summary>
    private static readonly HashSet<string> Constants = ["true", "false", "null"];

    public static void Check(ReadOnlyMemory<byte> pdf, LetterLimits limits, PreflightLimits? preflight = null)
    {
        preflight ??= PreflightLimits.Default;
        var budget = new InflateBudget(limits.MaxInflatedPdfBytes);
        try
        {
            var index = PdfObjectIndex.Build(pdf, budget);
            CheckCrossReferences(index, preflight);
            CheckReferenceChains(index, preflight);
            new GraphWalk(index, preflight).Run();
            var contents = DecodeStreams(index, budget);
            new PageContentCheck(index, preflight, budget, contents).Run();
        }
        catch (InflateBudgetExceededException)
        {
            throw new LetterInputException(ErrorCode.TooLarge,
                $"This PDF expands to more than {limits.MaxInflatedPdfBytes / (1024 * 1024)} MB when opened (or one of its pages to more than {StreamFilters.MaxKeptBytes / (1024 * 1024)} MB), far more than a letter needs (it may be a 'decompression bomb'), so it was not read. Upload the letter as IRCC sent it, or print it to a new PDF.");
        }
        catch (PdfLoopException)
        {
            throw Loop();
        }
        catch (PdfObjectsRunTogetherException)
        {
            throw new LetterInputException(ErrorCode.CorruptFile, "This PDF is damaged: its parts run into one another, so it cannot be read safely. Download the letter again, or print it to a new PDF, and upload that.");
        }
    }

    internal static LetterInputException Loop() =>
        new(ErrorCode.CorruptFile, "This PDF is damaged: some of its parts refer to themselves in a loop, so it cannot be read safely. Download the letter again, or print it to a new PDF, and upload that.");

    private static LetterInputException TooDeep() =>
        new(ErrorCode.CorruptFile, "This PDF is damaged: its parts are nested far deeper than any letter's, so it cannot be read safely. Download the letter again, or print it to a new PDF, and upload that.");

    private static void CheckCrossReferences(PdfObjectIndex index, PreflightLimits preflight)
    {
        foreach (var table in index.CrossReferenceStreams)
        {
            if (table.Get("W") is not PdfArray widths || widths.Count != 3 || widths.Any(w => w is not double d || d is < 0 or > 8))
                throw BadCrossReference();
            CheckSize(table.Get("Size"), preflight);
            if (table.Get("Index") is PdfArray ranges)
            {
                double claimed = 0;
                for (var i = 0; i < ranges.Count; i++)
                {
                    if (ranges[i] is not double d || d < 0)
                        throw BadCrossReference();
                    if (i % 2 == 1)
                        claimed += d;
                }
                if (claimed > preflight.MaxObjects || ranges.Count % 2 == 1)
                    throw BadCrossReference();
            }
        }
        foreach (var trailer in index.Trailers)
            CheckSize(trailer.Get("Size"), preflight);
    }

    private static void CheckSize(object? size, PreflightLimits preflight)
    {
        if (size is not null && (size is not double d || d < 0 || d > preflight.MaxObjects))
            throw BadCrossReference();
    }

    /// <summary>
    /// PdfPig resolves a reference to an object that is itself only a reference (<c>6 0 obj 7 0 R endobj</c>) by
    /// recursing, from wherever it meets it: a page, a resource, the page tree, a colour space. So every chain of such
    /// objects in the file, under any of their definitions, is checked whether or not the graph walk reaches it (a
    /// damaged page or catalog hides it from the walk but not from PdfPig): one that comes back to itself is a loop,
    /// one longer than <see cref="PreflightLimits.MaxDepth"/> too deep. Iterative, so a long chain cannot overflow here.
    /// </summary>
    private static void CheckReferenceChains(PdfObjectIndex index, PreflightLimits preflight)
    {
        var next = new Dictionary<int, List<int>>();
        foreach (var o in index.Definitions)
        {
            if (o.Value is not PdfRef target)
                continue;
            if (!next.TryGetValue(o.Number, out var targets))
                next[o.Number] = targets = [];
            targets.Add(target.Number);
        }
        var length = new Dictionary<int, int>(); // longest chain from a number already checked
        var onPath = new HashSet<int>();
        var stack = new Stack<(int Number, int Child)>();
        foreach (var start in next.Keys)
        {
            if (length.ContainsKey(start))
                continue;
            stack.Push((start, 0));
            onPath.Add(start);
            while (stack.TryPop(out var top))
            {
                var targets = next[top.Number];
                if (top.Child < targets.Count)
                {
                    stack.Push((top.Number, top.Child + 1));
                    var target = targets[top.Child];
                    if (onPath.Contains(target))
                        throw new PdfLoopException();
                    if (next.ContainsKey(target) && !length.ContainsKey(target))
                    {
                        onPath.Add(target);
                        stack.Push((target, 0));
                    }
                    continue;
                }
                onPath.Remove(top.Number);
                var longest = 1 + targets.Max(t => length.GetValueOrDefault(t));
                if (longest > preflight.MaxDepth)
                    throw TooDeep();
                length[top.Number] = longest;
            }
        }
    }

    private static LetterInputException BadCrossReference() =>
        new(ErrorCode.CorruptFile, "This PDF is damaged: its table of contents (the cross-reference table) is impossible, so it cannot be read safely. Download the letter again, or print it to a new PDF, and upload that.");

    /// <summary>Every stream once through its filters (counted); page contents and forms are kept for the content check.</summary>
    private static Dictionary<int, byte[]> DecodeStreams(PdfObjectIndex index, InflateBudget budget)
    {
        var kept = new Dictionary<int, byte[]>();
        foreach (var stream in index.Objects.Where(o => o.IsStream))
        {
            var dictionary = stream.Dictionary!;
            if (PdfObjectIndex.IsName(dictionary.Get("Type"), "ObjStm"))
                continue; // already inflated (and counted) to find the objects inside
            var subtype = index.ResolveValue(dictionary.Get("Subtype"));
            var isImage = PdfObjectIndex.IsName(subtype, "Image");
            var keep = !isImage && !dictionary.ContainsKey("Length1") && !dictionary.ContainsKey("N") && !PdfObjectIndex.IsName(dictionary.Get("Type"), "XRef")
                && !PdfObjectIndex.IsName(dictionary.Get("Type"), "Metadata");
            var decoded = index.Decode(stream, budget, keep);
            if (decoded is not null)
                kept[stream.Number] = decoded;
        }
        return kept;
    }

    /// <summary>
    /// Depth-first from every page and page-tree node, following what PdfPig follows: a reference back to an object
    /// still being walked is a loop. Forms, patterns and fonts in a resource dictionary start walks of their own.
    /// </summary>
    private sealed class GraphWalk(PdfObjectIndex index, PreflightLimits preflight)
    {
        private readonly HashSet<int> done = [];
        private readonly HashSet<int> path = [];
        private readonly Queue<PdfRef> roots = new();

        public void Run()
        {
            foreach (var o in index.Definitions)
            {
                var type = o.Dictionary?.Get("Type");
                if (PdfObjectIndex.IsName(type, "Page") || PdfObjectIndex.IsName(type, "Pages") || PdfObjectIndex.IsName(type, "Catalog"))
                    roots.Enqueue(new PdfRef(o.Number, 0));
            }
            // PdfPig opens the document at the trailer's /Root whatever its /Type says ("/Type /Cata\xADlog").
            foreach (var trailer in index.Trailers.Concat(index.CrossReferenceStreams))
            {
                if (trailer.Get("Root") is PdfRef root)
                    roots.Enqueue(root);
            }
            while (roots.TryDequeue(out var root))
                Visit(root, 0);
        }

        private void Visit(object? value, int depth)
        {
            if (depth > preflight.MaxDepth)
                throw TooDeep();
            switch (value)
            {
                case PdfRef reference:
                {
                    // Every definition of the number: PdfPig may read an earlier one than the index's last.
                    var number = reference.Number;
                    if (done.Contains(number) || index.DefinitionsOf(number).Count == 0)
                        return;
                    if (!path.Add(number))
                        throw new PdfLoopException();
                    foreach (var definition in index.DefinitionsOf(number))
                        Visit(definition.Value, depth + 1);
                    path.Remove(number);
                    done.Add(number);
                    break;
                }
                case PdfArray array:
                    foreach (var item in array)
                        Visit(item, depth + 1);
                    break;
                case PdfDictionary dictionary:
                    foreach (var (key, item) in dictionary)
                    {
                        if (BackLinks.Contains(key))
                            continue;
                        if (DrawnResources.Contains(key) && index.ResolveValue(item) is PdfDictionary drawn && !dictionary.ContainsKey("Type"))
                        {
                            foreach (var entry in drawn.Values)
                            {
                                if (entry is PdfRef r) roots.Enqueue(r);
                                else Visit(entry, depth + 1);
                            }
                            continue;
                        }
                        Visit(item, depth + 1);
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// Counts what each page draws, following its content streams and the forms they paint (with the resources a
    /// form inherits when it has none): a form that paints itself is a loop, and glyphs, paths and paints over the
    /// caps refuse the file. A content stream used twice is counted (and charged to the inflate budget) twice,
    /// because PdfPig decodes it twice.
    /// </summary>
    private sealed class PageContentCheck(PdfObjectIndex index, PreflightLimits preflight, InflateBudget budget, Dictionary<int, byte[]> contents)
    {
        private readonly HashSet<int> charged = [];
        private readonly HashSet<int> formsOnStack = [];
        private long glyphs, paths, paints;
        private int pageNumber;

        public void Run()
        {
            var pages = PagesInOrder().Select(page => (Page: page, Streams: ContentStreams(page))).ToList();
            // Every page's content streams are charged before any is read: a small stream that a hundred pages
            // share inflates a hundred times in PdfPig, and lexing each copy in turn before the budget ran out
            // took seconds.
            foreach (var stream in pages.SelectMany(p => p.Streams))
                Charge(stream);
            foreach (var (page, streams) in pages)
            {
                pageNumber++;
                glyphs = paths = paints = 0;
                var resources = InheritedResources(page);
                var tally = new OperationTally(); // PdfPig reads a page's content streams as one
                foreach (var stream in streams)
                    Count(stream, resources, 0, tally, charge: false);
            }
        }

        private List<PdfObject> ContentStreams(PdfDictionary page)
        {
            var references = index.ResolveValue(page.Get("Contents")) switch
            {
                PdfArray array => array.ToList(),
                var single => [page.Get("Contents") is PdfRef r ? r : single],
            };
            return references.Select(reference => index.Resolve(reference).Object).OfType<PdfObject>().ToList();
        }

        /// <summary>Charges one use of a stream: its first use was counted when it was inflated, each further use here.</summary>
        private void Charge(PdfObject stream)
        {
            if (contents.TryGetValue(stream.Number, out var bytes) && !charged.Add(stream.Number))
                budget.Add(bytes.Length);
        }

        private IEnumerable<PdfDictionary> PagesInOrder()
        {
            var catalog = index.Objects.FirstOrDefault(o => PdfObjectIndex.IsName(o.Dictionary?.Get("Type"), "Catalog"))?.Dictionary;
            var pages = new List<PdfDictionary>();
            var seen = new HashSet<int>();
            if (catalog is not null)
                Collect(catalog.Get("Pages"), pages, seen, 0);
            if (pages.Count == 0)
                pages.AddRange(index.Objects.Where(o => PdfObjectIndex.IsName(o.Dictionary?.Get("Type"), "Page")).Select(o => o.Dictionary!));
            return pages;
        }

        private void Collect(object? node, List<PdfDictionary> pages, HashSet<int> seen, int depth)
        {
            var (o, value) = index.Resolve(node);
            if (value is not PdfDictionary dictionary || depth > preflight.MaxDepth || (o is not null && !seen.Add(o.Number)))
                return;
            if (index.ResolveValue(dictionary.Get("Kids")) is PdfArray kids)
            {
                foreach (var kid in kids)
                    Collect(kid, pages, seen, depth + 1);
            }
            else
                pages.Add(dictionary);
        }

        private PdfDictionary? InheritedResources(PdfDictionary page)
        {
            var node = page;
            for (var depth = 0; depth <= preflight.MaxDepth && node is not null; depth++)
            {
                if (index.ResolveValue(node.Get("Resources")) is PdfDictionary resources)
                    return resources;
                node = index.ResolveValue(node.Get("Parent")) as PdfDictionary;
            }
            return null;
        }

        /// <summary>Operations read so far in one PdfPig parse (a page's content, or one form), and the stray-word work.</summary>
        private sealed class OperationTally
        {
            public long Operations;
            public long StrayWordWork;
        }

        private void Count(PdfObject stream, PdfDictionary? resources, int nesting, OperationTally tally, bool charge = true)
        {
            if (!contents.TryGetValue(stream.Number, out var bytes))
                return;
            if (charge)
                Charge(stream);
            var lexer = new PdfLexer(bytes);
            var operands = new List<object?>();
            while (true)
            {
                object? token;
                try
                {
                    if (lexer.AtEnd)
                        return;
                    token = lexer.ReadOperand();
                }
                catch (PdfSyntaxException)
                {
                    return; // PdfPig stops at the same damage
                }
                if (token is not PdfKeyword op || Constants.Contains(op.Value))
                {
                    if (operands.Count < 64)
                        operands.Add(token);
                    continue;
                }
                if (!Operators.Contains(op.Value))
                {
                    tally.StrayWordWork += tally.Operations;
                    if (tally.StrayWordWork > preflight.MaxStrayWordWork)
                        throw new LetterInputException(ErrorCode.CorruptFile, $"Page {pageNumber} of this PDF is damaged: its content is full of words that are not drawing instructions, so it cannot be read in reasonable time. Download the letter again, or print it to a new PDF, and upload that.");
                    operands.Clear();
                    continue;
                }
                tally.Operations++;
                switch (op.Value)
                {
                    case "Tj" or "'" or "\"":
                        glyphs += operands.OfType<PdfString>().Sum(s => (long)s.Length);
                        break;
                    case "TJ":
                        glyphs += operands.OfType<PdfArray>().SelectMany(a => a.OfType<PdfString>()).Sum(s => (long)s.Length);
                        break;
                    case "m" or "l" or "c" or "v" or "y" or "h" or "re":
                        paths++;
                        break;
                    case "sh":
                        paints++;
                        break;
                    case "ID":
                        paints++;
                        lexer.SkipInlineImage();
                        break;
                    case "Do":
                        paints++;
                        if (operands.LastOrDefault() is PdfName name)
                            Paint(name, resources, nesting);
                        break;
                }
                operands.Clear();
                if (glyphs > preflight.MaxGlyphsPerPage)
                    throw TooMuch($"more than {preflight.MaxGlyphsPerPage:N0} characters");
                if (paths > preflight.MaxPathOperationsPerPage)
                    throw TooMuch($"more than {preflight.MaxPathOperationsPerPage:N0} lines and shapes");
                if (paints > preflight.MaxPaintsPerPage)
                    throw TooMuch($"more than {preflight.MaxPaintsPerPage:N0} images");
            }
        }

        private void Paint(PdfName name, PdfDictionary? resources, int nesting)
        {
            if (index.ResolveValue(resources?.Get("XObject")) is not PdfDictionary xobjects)
                return;
            var (form, value) = index.Resolve(xobjects.Get(name.Value));
            if (form is null || value is not PdfDictionary dictionary || !PdfObjectIndex.IsName(index.ResolveValue(dictionary.Get("Subtype")), "Form"))
                return;
            if (nesting >= preflight.MaxFormNesting)
                throw TooDeep();
            if (!formsOnStack.Add(form.Number))
                throw new PdfLoopException();
            // A form without resources of its own uses those of whatever paints it.
            var own = index.ResolveValue(dictionary.Get("Resources")) as PdfDictionary ?? resources;
            Count(form, own, nesting + 1, new OperationTally());
            formsOnStack.Remove(form.Number);
        }

        private LetterInputException TooMuch(string what) =>
            new(ErrorCode.TooLarge, $"Page {pageNumber} of this PDF draws {what}, far more than a letter has, so it was not read. Upload the letter as IRCC sent it, or print it to a new PDF.");
    }
}
