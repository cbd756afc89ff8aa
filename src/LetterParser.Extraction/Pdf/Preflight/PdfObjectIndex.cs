namespace LetterParser.Extraction.Pdf.Preflight;

/// <summary>One object as found in the raw bytes; a stream keeps where its data lies.</summary>
internal sealed record PdfObject(int Number, object? Value, int StreamStart, int StreamLength)
{
    public bool IsStream => StreamStart >= 0;

    public PdfDictionary? Dictionary => Value as PdfDictionary;
}

/// <summary>Objects whose brackets do not close, each swallowing the next, so many that reading them all again costs too much.</summary>
internal sealed class PdfObjectsRunTogetherException : Exception;

/// <summary>A reference chain that comes back to itself (<c>6 0 obj 7 0 R</c>, <c>7 0 obj 6 0 R</c>).</summary>
internal sealed class PdfLoopException : Exception;

/// <summary>
/// Every object of a PDF, found by scanning for <c>N G obj</c> rather than trusting the cross-reference table
/// (which is what a hostile file lies in), plus the objects packed in object streams. A later definition of a
/// number replaces an earlier one, as an incremental update does.
/// </summary>
internal sealed class PdfObjectIndex
{
    private readonly ReadOnlyMemory<byte> data;
    private readonly Dictionary<int, PdfObject> objects = [];
    private readonly Dictionary<int, List<PdfObject>> definitions = [];

    private PdfObjectIndex(ReadOnlyMemory<byte> data) => this.data = data;

    public IEnumerable<PdfObject> Objects => objects.Values;

    /// <summary>
    /// Every definition of every number, in file order. PdfPig reads the one its cross-reference table points at, which
    /// may be an earlier one than <see cref="Get"/> gives (an incremental update whose table was damaged), so the checks
    /// for loops look at all of them.
    /// </summary>
    public IEnumerable<PdfObject> Definitions => definitions.Values.SelectMany(d => d);

    public IReadOnlyList<PdfObject> DefinitionsOf(int number) => definitions.TryGetValue(number, out var all) ? all : [];

    public List<PdfDictionary> Trailers { get; } = [];

    /// <summary>
    /// Every cross-reference stream dictionary in the file, including ones a later object of the same number replaces:
    /// when the offsets are wrong PdfPig looks for cross-reference streams anywhere in the file and reads them all.
    /// </summary>
    public List<PdfDictionary> CrossReferenceStreams { get; } = [];

    public static PdfObjectIndex Build(ReadOnlyMemory<byte> data, InflateBudget budget)
    {
        var index = new PdfObjectIndex(data);
        index.ScanObjects();
        index.ScanTrailers();
        index.ScanCrossReferenceMarkers();
        foreach (var stream in index.objects.Values.Where(o => o.IsStream && IsName(o.Dictionary?.Get("Type"), "ObjStm")).ToList())
            index.ExpandObjectStream(stream, budget);
        return index;
    }

    public PdfObject? Get(int number) => objects.GetValueOrDefault(number);

    public ReadOnlyMemory<byte> RawStream(PdfObject o) => data.Slice(o.StreamStart, o.StreamLength);

    public static bool IsName(object? value, string name) => value is PdfName n && n.Value == name;

    /// <summary>Follows references (and references to references) to a value; the object number is that of the last one.</summary>
    public (PdfObject? Object, object? Value) Resolve(object? value)
    {
        PdfObject? last = null;
        HashSet<int>? seen = null;
        while (value is PdfRef reference)
        {
            if (!(seen ??= []).Add(reference.Number))
                throw new PdfLoopException();
            last = Get(reference.Number);
            if (last is null)
                return (null, null);
            value = last.Value;
        }
        return (last, value);
    }

    public object? ResolveValue(object? value) => Resolve(value).Value;

    /// <summary>The stream's filter names in order; references to names, or to the array, are followed.</summary>
    public IReadOnlyList<string> Filters(PdfDictionary dictionary)
    {
        var filter = ResolveValue(dictionary.Get("Filter") ?? dictionary.Get("F"));
        return filter switch
        {
            PdfName name => [name.Value],
            PdfArray array => array.Select(ResolveValue).OfType<PdfName>().Select(n => n.Value).ToList(),
            _ => [],
        };
    }

    public byte[]? Decode(PdfObject stream, InflateBudget budget, bool keep) =>
        StreamFilters.Decode(RawStream(stream), stream.Dictionary is { } d ? Filters(d) : [], budget, keep);

    private void ScanObjects()
    {
        var span = data.Span;
        var position = 0;
        // Each object is read as PdfPig reads it, on past its endobj when its brackets do not close; the objects it
        // swallowed are then scanned again, so that a hostile file cannot make that quadratic, the bytes read in all
        // are capped at a multiple of the file's size.
        var budget = 16L * span.Length + 1024 * 1024;
        void Spend(int bytes)
        {
            budget -= Math.Max(0, bytes);
            if (budget < 0)
                throw new PdfObjectsRunTogetherException();
        }
        while (position < span.Length)
        {
            var found = span[position..].IndexOf("obj"u8);
            if (found < 0)
                break;
            var at = position + found;
            position = at + 3;
            if (position < span.Length && !PdfLexer.IsWhitespace(span[position]) && !PdfLexer.IsDelimiter(span[position]))
                continue;
            if (!TryReadHeader(span, at, out var number))
                continue;
            var lexer = new PdfLexer(data, position);
            object? value;
            try
            {
                value = lexer.ReadValue();
            }
            catch (PdfSyntaxException)
            {
                Spend(lexer.Position - position);
                continue;
            }
            Spend(lexer.Position - position);
            // A value that reads on past an endobj (an array missing its ']', read on past '>>' as PdfPig reads it)
            // has swallowed the objects after it, not replaced them: PdfPig finds those by their offsets, so they are
            // scanned too.
            if (lexer.Position > position && span[position..lexer.Position].IndexOf("endobj"u8) < 0)
                position = lexer.Position;
            int streamStart = -1, streamLength = 0;
            lexer.SkipWhitespace();
            if (value is PdfDictionary dictionary && span[lexer.Position..].StartsWith("stream"u8))
            {
                streamStart = lexer.Position + 6;
                if (streamStart < span.Length && span[streamStart] == '\r') streamStart++;
                if (streamStart < span.Length && span[streamStart] == '\n') streamStart++;
                streamLength = StreamLength(span, streamStart, dictionary, out var verified);
                // A stream whose /Length is wrong ends at a guess; PdfPig finds the objects after it by their offsets,
                // so the objects inside the guess (a missing endstream swallows the rest of the file) are scanned too.
                position = verified ? streamStart + streamLength : streamStart;
            }
            Define(new PdfObject(number, value, streamStart, streamLength));
            if (streamStart >= 0 && IsName(((PdfDictionary)value!).Get("Type"), "XRef"))
                CrossReferenceStreams.Add((PdfDictionary)value);
        }
    }

    private void Define(PdfObject o)
    {
        objects[o.Number] = o;
        if (!definitions.TryGetValue(o.Number, out var all))
            definitions[o.Number] = all = [];
        all.Add(o);
    }

    /// <summary>The stream's declared /Length when <c>endstream</c> is really there, otherwise up to the next <c>endstream</c>.</summary>
    private static int StreamLength(ReadOnlySpan<byte> span, int start, PdfDictionary dictionary, out bool verified)
    {
        var declared = ResolveLengthDirect(dictionary.Get("Length"));
        verified = false;
        if (declared is > 0 && start + declared <= span.Length)
        {
            var after = span.Slice(start + (int)declared, Math.Min(16, span.Length - start - (int)declared));
            if (after.IndexOf("endstream"u8) >= 0)
            {
                verified = true;
                return (int)declared;
            }
        }
        var end = span[start..].IndexOf("endstream"u8);
        return end < 0 ? span.Length - start : end;
    }

    private static long? ResolveLengthDirect(object? length) => length is double d && d is >= 0 and < int.MaxValue ? (long)d : null;

    /// <summary>
    /// The <c>N G</c> before an <c>obj</c>. PdfPig takes any two numbers there (<c>7 0.0001 obj</c> is object 7 to
    /// it, and read as a cross-reference stream when startxref points at it), so any two PDF numbers are taken here;
    /// the object number is the integer part of the first.
    /// </summary>
    private static bool TryReadHeader(ReadOnlySpan<byte> span, int at, out int number)
    {
        number = 0;
        var p = at - 1;
        if (p < 0 || !PdfLexer.IsWhitespace(span[p]))
            return false;
        while (p >= 0 && PdfLexer.IsWhitespace(span[p])) p--;
        if (!TrySkipNumberBackwards(span, ref p, out _) || p < 0 || !PdfLexer.IsWhitespace(span[p]))
            return false;
        while (p >= 0 && PdfLexer.IsWhitespace(span[p])) p--;
        if (!TrySkipNumberBackwards(span, ref p, out var objectNumber) || objectNumber is < 0 or > 999_999_999)
            return false;
        number = (int)objectNumber;
        return true;
    }

    /// <summary>Steps back over a PDF number ending at <paramref name="p"/> (digits, at most one point, a sign).</summary>
    private static bool TrySkipNumberBackwards(ReadOnlySpan<byte> span, ref int p, out double value)
    {
        value = 0;
        var end = p;
        while (p >= 0 && span[p] is >= (byte)'0' and <= (byte)'9' or (byte)'.')
            p--;
        if (p >= 0 && span[p] is (byte)'+' or (byte)'-')
            p--;
        var text = span[(p + 1)..(end + 1)];
        if (text.Length is 0 or > 32 || !double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value))
            return false;
        value = Math.Truncate(value);
        return true;
    }

    /// <summary>How far around a <c>/XRef</c> its object's header and the entries of its dictionary are looked for.</summary>
    private const int CrossReferenceReach = 4096;

    /// <summary>
    /// When the offsets are wrong PdfPig finds cross-reference streams by the bytes <c>/XRef</c> alone and reads the
    /// object before each, its dictionary however far that runs (a splice can run it on past an endobj, where the
    /// preflight's object scan stops seeing a stream), and sizes buffers by its /W without checking it. So the
    /// /W, /Size and /Index written between each <c>/XRef</c>'s object header and the next <c>stream</c> are checked as
    /// a cross-reference stream's own; each region is bounded, so many markers cannot make this quadratic.
    /// </summary>
    private void ScanCrossReferenceMarkers()
    {
        var span = data.Span;
        for (var at = span.IndexOf("/XRef"u8); at >= 0;)
        {
            var from = Math.Max(0, at - CrossReferenceReach);
            var header = span[from..at].LastIndexOf("obj"u8);
            var start = header < 0 ? from : from + header + 3;
            var reach = Math.Min(span.Length, at + CrossReferenceReach);
            var stream = span[at..reach].IndexOf("stream"u8);
            var end = stream < 0 ? reach : at + stream;
            var entries = new PdfDictionary();
            foreach (var key in (ReadOnlySpan<string>)["W", "Size", "Index"])
            {
                if (EntryAfterKey(start, end, key) is { } found)
                    entries[key] = found.Value;
            }
            if (entries.ContainsKey("W"))
                CrossReferenceStreams.Add(entries);
            var next = span[(at + 5)..].IndexOf("/XRef"u8);
            at = next < 0 ? -1 : at + 5 + next;
        }
    }

    /// <summary>The value after the first <c>/Key</c> in [start, end); a value that does not end there is junk (a keyword).</summary>
    private (object? Value, bool Found)? EntryAfterKey(int start, int end, string key)
    {
        var span = data.Span[start..end];
        var name = System.Text.Encoding.ASCII.GetBytes("/" + key);
        for (var p = span.IndexOf(name); p >= 0;)
        {
            var after = p + name.Length;
            if (after >= span.Length || PdfLexer.IsWhitespace(span[after]) || PdfLexer.IsDelimiter(span[after]))
            {
                try
                {
                    return (new PdfLexer(data[..end], start + after).ReadValue(), true);
                }
                catch (PdfSyntaxException)
                {
                    return (new PdfKeyword("?"), true);
                }
            }
            var next = span[after..].IndexOf(name);
            p = next < 0 ? -1 : after + next;
        }
        return null;
    }

    private void ScanTrailers()
    {
        var span = data.Span;
        var position = 0;
        while (true)
        {
            var found = span[position..].IndexOf("trailer"u8);
            if (found < 0)
                return;
            var lexer = new PdfLexer(data, position + found + 7);
            position += found + 7;
            try
            {
                if (lexer.ReadValue() is PdfDictionary trailer)
                    Trailers.Add(trailer);
            }
            catch (PdfSyntaxException)
            {
            }
        }
    }

    private void ExpandObjectStream(PdfObject stream, InflateBudget budget)
    {
        var decoded = Decode(stream, budget, keep: true);
        var dictionary = stream.Dictionary!;
        if (decoded is null || dictionary.Get("N") is not double count || dictionary.Get("First") is not double first || count < 0 || first < 0 || first > decoded.Length)
            return;
        try
        {
            var header = new PdfLexer(decoded);
            for (var i = 0; i < count && !header.AtEnd; i++)
            {
                if (header.ReadValue() is not double number || header.ReadValue() is not double offset)
                    return;
                if (number is < 0 or > int.MaxValue || first + offset >= decoded.Length || objects.ContainsKey((int)number))
                    continue;
                var value = new PdfLexer(decoded, (int)(first + offset)).ReadValue();
                Define(new PdfObject((int)number, value, -1, 0));
            }
        }
        catch (PdfSyntaxException)
        {
        }
    }
}
