using System.Text;

namespace LetterParser.Extraction.Pdf.Preflight;

/// <summary>A PDF name, without its slash.</summary>
internal readonly record struct PdfName(string Value);

/// <summary>An indirect reference (<c>12 0 R</c>).</summary>
internal readonly record struct PdfRef(int Number, int Generation);

/// <summary>A string operand; only its length in bytes matters here (glyph counts).</summary>
internal readonly record struct PdfString(int Length);

/// <summary>An operator in a content stream, or <c>true</c>, <c>null</c>, <c>R</c>, <c>obj</c>... in a file.</summary>
internal readonly record struct PdfKeyword(string Value);

internal sealed class PdfDictionary : Dictionary<string, object?>
{
    public PdfDictionary() : base(StringComparer.Ordinal) { }

    public object? Get(string key) => TryGetValue(key, out var value) ? value : null;
}

internal sealed class PdfArray : List<object?>;

/// <summary>Thrown by the preflight's own parser on syntax it cannot follow; the object is then ignored.</summary>
internal sealed class PdfSyntaxException(string message) : Exception(message);

/// <summary>
/// A small, bounded PDF tokenizer for the preflight: objects, dictionaries, arrays, references and content-stream
/// operators. It never recurses deeper than <see cref="MaxNesting"/>, so hostile nesting cannot overflow its stack,
/// and it keeps no string contents, only their lengths.
/// </summary>
internal sealed class PdfLexer(ReadOnlyMemory<byte> data, int position = 0)
{
    public const int MaxNesting = 64;

    /// <summary>Prefix of the keys an out-of-step value is kept under (no PDF name holds a NUL).</summary>
    public const string UnpairedKey = "\0unpaired";

    public int Position { get; set; } = position;

    public bool AtEnd
    {
        get
        {
            SkipWhitespace();
            return Position >= data.Length;
        }
    }

    private static readonly object ArrayEnd = new();
    private static readonly object DictionaryEnd = new();

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>
    /// Where PdfPig ends a name: whitespace or one of <c>&lt;&gt;[]()/</c>, but not <c>%</c>, <c>{</c> or <c>}</c>, so
    /// <c>/Bits%x 8 /ColorSpace ...</c> is one name and the entries after it are real to PdfPig (not a comment).
    /// </summary>
    private static bool IsEndOfName(byte b) => IsWhitespace(b) || b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'/';

    public void SkipWhitespace()
    {
        var span = data.Span;
        while (Position < span.Length)
        {
            var b = span[Position];
            if (IsWhitespace(b))
                Position++;
            else if (b == '%')
            {
                while (Position < span.Length && span[Position] is not ((byte)'\n' or (byte)'\r'))
                    Position++;
            }
            else
                break;
        }
    }

    /// <summary>The next value, with <c>N G R</c> folded into a <see cref="PdfRef"/>; null at the end of the data.</summary>
    public object? ReadValue(int depth = 0)
    {
        var value = ReadToken(depth);
        if (ReferenceEquals(value, ArrayEnd) || ReferenceEquals(value, DictionaryEnd))
            throw new PdfSyntaxException("unbalanced ] or >>");
        return value;
    }

    /// <summary>
    /// The next value or operator of a content stream. A <c>]</c> or <c>&gt;&gt;</c> that closes nothing is a stray
    /// word, as it is to PdfPig, which reads on past it: stopping there hid the "/Fm1 Do" after it.
    /// </summary>
    public object? ReadOperand()
    {
        var value = ReadToken(0);
        if (ReferenceEquals(value, ArrayEnd))
            return new PdfKeyword("]");
        return ReferenceEquals(value, DictionaryEnd) ? new PdfKeyword(">>") : value;
    }

    /// <summary>Bytes PdfPig's tokenizer passes over (a hex string with a byte that is not hex): not a token at all.</summary>
    private static readonly object Skipped = new();

    private object? ReadToken(int depth)
    {
        while (true)
        {
            var token = ReadTokenOrSkip(depth);
            if (!ReferenceEquals(token, Skipped))
                return token;
        }
    }

    private object? ReadTokenOrSkip(int depth)
    {
        if (depth > MaxNesting)
            throw new PdfSyntaxException("nested too deeply");
        SkipWhitespace();
        var span = data.Span;
        if (Position >= span.Length)
            return null;
        var b = span[Position];
        switch (b)
        {
            case (byte)'[':
            {
                Position++;
                var array = new PdfArray();
                while (true)
                {
                    var item = ReadToken(depth + 1);
                    if (ReferenceEquals(item, ArrayEnd))
                        return array;
                    if (item is null && AtEnd)
                        throw new PdfSyntaxException("unterminated array");
                    if (ReferenceEquals(item, DictionaryEnd))
                        continue; // PdfPig gives '>' no meaning inside an array and reads on to its ']'
                    array.Add(item);
                }
            }
            case (byte)']':
                Position++;
                return ArrayEnd;
            case (byte)'<' when Position + 1 < span.Length && span[Position + 1] == '<':
            {
                Position += 2;
                var dictionary = new PdfDictionary();
                while (true)
                {
                    var key = ReadToken(depth + 1);
                    if (ReferenceEquals(key, DictionaryEnd))
                        return dictionary;
                    if (key is not PdfName name)
                    {
                        if (key is null && AtEnd)
                            throw new PdfSyntaxException("unterminated dictionary");
                        // Lenient, as PdfPig is: what is not a key is skipped, but a reference, array or dictionary
                        // out of step with its key ("/MediaBox ] /Contents 6 0 R") is kept under a key of its own, so
                        // that the graph walk still follows what PdfPig may follow.
                        if (key is PdfRef or PdfArray or PdfDictionary)
                            dictionary[UnpairedKey + dictionary.Count] = key;
                        continue;
                    }
                    var value = ReadToken(depth + 1);
                    while (ReferenceEquals(value, ArrayEnd))
                        value = ReadToken(depth + 1); // PdfPig gives ']' no meaning inside a dictionary
                    if (ReferenceEquals(value, DictionaryEnd))
                    {
                        dictionary[name.Value] = null;
                        return dictionary;
                    }
                    dictionary[name.Value] = value;
                }
            }
            case (byte)'>' when Position + 1 < span.Length && span[Position + 1] == '>':
                Position += 2;
                return DictionaryEnd;
            case (byte)'<':
            {
                var p = Position + 1;
                var digits = 0;
                for (; p < span.Length && span[p] != '>' && (IsWhitespace(span[p]) || char.IsAsciiHexDigit((char)span[p])); p++)
                    digits += IsWhitespace(span[p]) ? 0 : 1;
                if (p < span.Length && span[p] != '>')
                {
                    // PdfPig gives up on a hex string at its first byte that is not hex, passes over the bytes up to
                    // the next space or '>' and reads on from there: "/Medi<zz7 /Contents 6 0 R >>" still has its
                    // /Contents to PdfPig, so it must to the preflight.
                    Position = p + 1;
                    while (Position < span.Length && !IsWhitespace(span[Position]) && span[Position] != '>')
                        Position++;
                    return Skipped;
                }
                Position = Math.Min(p + 1, span.Length);
                return new PdfString((digits + 1) / 2);
            }
            case (byte)'(':
                return ReadLiteralString(span);
            case (byte)'/':
            {
                var start = ++Position;
                while (Position < span.Length && !IsEndOfName(span[Position]))
                    Position++;
                return new PdfName(Encoding.Latin1.GetString(span[start..Position]));
            }
            case (byte)')' or (byte)'>' or (byte)'{' or (byte)'}':
                Position++;
                return new PdfKeyword(((char)b).ToString());
            default:
            {
                var start = Position;
                // As PdfPig's tokenizer does, a number ends at the first byte that cannot be part of one, space or
                // not: "6 00R" is the reference 6 0 R to PdfPig, and must be to the preflight too.
                if (IsNumeric(b))
                {
                    while (Position < span.Length && IsNumeric(span[Position]))
                        Position++;
                    var digits = span[start..Position];
                    if (TryNumber(digits, out var leading))
                        return IsInteger(digits) ? FoldReference(leading) : leading;
                    Position = start;
                }
                while (Position < span.Length && !IsWhitespace(span[Position]) && !IsDelimiter(span[Position]))
                    Position++;
                var word = span[start..Position];
                if (TryNumber(word, out var number))
                    return IsInteger(word) ? FoldReference(number) : number;
                return new PdfKeyword(Encoding.Latin1.GetString(word));
            }
        }
    }

    private PdfString ReadLiteralString(ReadOnlySpan<byte> span)
    {
        Position++;
        int nesting = 1, length = 0;
        while (Position < span.Length)
        {
            var c = span[Position++];
            if (c == '\\')
            {
                Position++;
            }
            else if (c == '(')
                nesting++;
            else if (c == ')' && --nesting == 0)
                break;
            length++;
        }
        return new PdfString(length);
    }

    /// <summary>After an integer, looks ahead for <c>G R</c>; otherwise leaves the position after the integer.</summary>
    private object FoldReference(double number)
    {
        var span = data.Span;
        var after = Position;
        var p = Position;
        while (p < span.Length && IsWhitespace(span[p])) p++;
        var genStart = p;
        while (p < span.Length && span[p] is >= (byte)'0' and <= (byte)'9') p++;
        if (p == genStart || p - genStart > 5 || p >= span.Length)
            return number;
        var generation = int.Parse(span[genStart..p]);
        while (p < span.Length && IsWhitespace(span[p])) p++;
        if (p < span.Length && span[p] == 'R' && (p + 1 == span.Length || IsWhitespace(span[p + 1]) || IsDelimiter(span[p + 1])))
        {
            Position = p + 1;
            return number is >= 0 and <= int.MaxValue ? new PdfRef((int)number, generation) : number;
        }
        Position = after;
        return number;
    }

    private static bool IsNumeric(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'+';

    private static bool IsInteger(ReadOnlySpan<byte> word) => word.IndexOf((byte)'.') < 0;

    private static bool TryNumber(ReadOnlySpan<byte> word, out double number)
    {
        number = 0;
        if (word.IsEmpty || word.Length > 40)
            return false;
        foreach (var c in word)
        {
            if (c is not ((>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'+'))
                return false;
        }
        return double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Skips an inline image's data, from just after <c>ID</c> to just after <c>EI</c>.</summary>
    public void SkipInlineImage()
    {
        var span = data.Span;
        var p = Position;
        while (p < span.Length)
        {
            var found = span[p..].IndexOf("EI"u8);
            if (found < 0)
                break;
            p += found;
            if (p > 0 && IsWhitespace(span[p - 1]) && (p + 2 >= span.Length || IsWhitespace(span[p + 2]) || IsDelimiter(span[p + 2])))
            {
                Position = p + 2;
                return;
            }
            p += 2;
        }
        Position = span.Length;
    }
}
