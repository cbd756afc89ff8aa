using System.IO.Compression;

namespace LetterParser.Extraction.Pdf.Preflight;

/// <summary>The bytes every filter stage of every stream of one file has produced, against one cap.</summary>
internal sealed class InflateBudget(long max)
{
    public long Max { get; } = max;

    public long Used { get; private set; }

    public bool Exceeded => Used > Max;

    public void Add(long bytes)
    {
        Used += bytes;
        if (Used > Max)
            throw new InflateBudgetExceededException();
    }
}

internal sealed class InflateBudgetExceededException : Exception;

/// <summary>
/// Decodes a stream through its whole filter chain (Flate, LZW, RunLength, ASCIIHex, ASCII85, in any order and
/// any number of times), counting every byte each stage writes against the file's <see cref="InflateBudget"/>, so
/// a bomb stops at the cap whatever its shape. Image codecs (DCT, JPX, CCITT, JBIG2) end the chain: their size is
/// checked from the image's real dimensions when it is decoded.
/// </summary>
internal static class StreamFilters
{
    /// <returns>the decoded bytes when <paramref name="keep"/>, else null (the stages were only counted).</returns>
    public static byte[]? Decode(ReadOnlyMemory<byte> raw, IReadOnlyList<string> filters, InflateBudget budget, bool keep)
    {
        byte[]? current = null;
        var input = raw;
        for (var i = 0; i < filters.Count; i++)
        {
            var last = i == filters.Count - 1;
            var sink = new Sink(budget, keep || !last);
            switch (filters[i])
            {
                case "FlateDecode" or "Fl": Inflate(input, sink); break;
                case "LZWDecode" or "LZW": Lzw(input.Span, sink); break;
                case "RunLengthDecode" or "RL": RunLength(input.Span, sink); break;
                case "ASCIIHexDecode" or "AHx": AsciiHex(input.Span, sink); break;
                case "ASCII85Decode" or "A85": Ascii85(input.Span, sink); break;
                default: return keep ? input.ToArray() : null; // an image codec, encryption, or a name PdfPig will refuse
            }
            current = sink.ToArray();
            if (current is null)
                return null;
            input = current;
        }
        return keep ? current ?? raw.ToArray() : null;
    }

    /// <summary>
    /// Most bytes one stream may decode to when they are kept (a page's content, a form, an intermediate stage):
    /// far more than any letter's page, and small enough that holding it costs little.
    /// </summary>
    public const int MaxKeptBytes = 32 * 1024 * 1024;

    private sealed class Sink(InflateBudget budget, bool keep)
    {
        private readonly MemoryStream? kept = keep ? new MemoryStream() : null;

        public void Write(ReadOnlySpan<byte> bytes)
        {
            budget.Add(bytes.Length);
            if (kept is null)
                return;
            if (kept.Length + bytes.Length > MaxKeptBytes)
                throw new InflateBudgetExceededException();
            kept.Write(bytes);
        }

        public void Write(byte b) => Write([b]);

        public byte[]? ToArray() => kept?.ToArray();
    }

    private static void Inflate(ReadOnlyMemory<byte> input, Sink sink)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            // As PdfPig does: the two-byte zlib header skipped, raw deflate after it, so the checksum at the end is not
            // checked. ZLibStream throws on a bad checksum and drops the bytes of that last read, which then hid a
            // self-painting form from this check while PdfPig drew it.
            var data = input.ToArray();
            var skip = data.Length >= 2 && (data[0] & 0x0F) == 8 && ((data[0] << 8) | data[1]) % 31 == 0 ? 2 : 0;
            using var source = new MemoryStream(data, skip, data.Length - skip, writable: false);
            using var inflater = new DeflateStream(source, CompressionMode.Decompress);
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
                sink.Write(buffer.AsSpan(0, read));
        }
        catch (InvalidDataException)
        {
            // A damaged stream inflates to what it gave before the damage, for PdfPig as for us.
        }
    }

    /// <summary>LZW as PDF uses it (9 to 12-bit codes, early change), written into the sink as decoded.</summary>
    private static void Lzw(ReadOnlySpan<byte> input, Sink sink)
    {
        var prefix = new int[4096];
        var suffix = new byte[4096];
        var length = new int[4096];
        for (var i = 0; i < 256; i++) { suffix[i] = (byte)i; length[i] = 1; prefix[i] = -1; }
        var entry = new byte[4096];
        int next = 258, bits = 9, previous = -1;
        long bitBuffer = 0;
        int bitCount = 0, position = 0;
        while (true)
        {
            while (bitCount < bits && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bitCount += 8;
            }
            if (bitCount < bits)
                return;
            var code = (int)((bitBuffer >> (bitCount - bits)) & ((1 << bits) - 1));
            bitCount -= bits;
            if (code == 256)
            {
                next = 258; bits = 9; previous = -1;
                continue;
            }
            if (code == 257)
                return;
            if (previous < 0)
            {
                if (code > 255)
                    return;
                sink.Write((byte)code);
                previous = code;
                continue;
            }
            byte first;
            if (code < next)
            {
                first = Emit(code);
            }
            else if (code == next)
            {
                first = Emit(previous);
                sink.Write(first);
            }
            else
                return; // damaged data
            if (next < 4096)
            {
                prefix[next] = previous;
                suffix[next] = first;
                length[next] = length[previous] + 1;
                next++;
            }
            previous = code;
            if (next + 1 >= 1 << bits && bits < 12)
                bits++;
        }

        byte Emit(int code)
        {
            var n = length[code];
            for (var i = n - 1; i >= 0; i--)
            {
                entry[i] = suffix[code];
                code = prefix[code];
            }
            sink.Write(entry.AsSpan(0, n));
            return entry[0];
        }
    }

    private static void RunLength(ReadOnlySpan<byte> input, Sink sink)
    {
        Span<byte> run = stackalloc byte[128];
        var p = 0;
        while (p < input.Length)
        {
            var n = input[p++];
            if (n == 128)
                return;
            if (n < 128)
            {
                var count = Math.Min(n + 1, input.Length - p);
                sink.Write(input.Slice(p, count));
                p += count;
            }
            else if (p < input.Length)
            {
                run[..(257 - n)].Fill(input[p++]);
                sink.Write(run[..(257 - n)]);
            }
        }
    }

    private static void AsciiHex(ReadOnlySpan<byte> input, Sink sink)
    {
        var high = -1;
        foreach (var c in input)
        {
            if (c == '>')
                break;
            var digit = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
                continue;
            if (high < 0)
                high = digit;
            else
            {
                sink.Write((byte)(high * 16 + digit));
                high = -1;
            }
        }
        if (high >= 0)
            sink.Write((byte)(high * 16));
    }

    private static void Ascii85(ReadOnlySpan<byte> input, Sink sink)
    {
        Span<byte> group = stackalloc byte[4];
        long value = 0;
        var count = 0;
        foreach (var c in input)
        {
            if (c == '~')
                break;
            if (c == 'z' && count == 0)
            {
                group.Clear();
                sink.Write(group);
                continue;
            }
            if (c is < (byte)'!' or > (byte)'u')
                continue;
            value = value * 85 + (c - '!');
            if (++count == 5)
            {
                WriteGroup(sink, group, value, 4);
                value = 0;
                count = 0;
            }
        }
        if (count > 1)
        {
            for (var i = count; i < 5; i++)
                value = value * 85 + 84;
            WriteGroup(sink, group, value, count - 1);
        }
    }

    private static void WriteGroup(Sink sink, Span<byte> group, long value, int bytes)
    {
        group[0] = (byte)(value >> 24); group[1] = (byte)(value >> 16); group[2] = (byte)(value >> 8); group[3] = (byte)value;
        sink.Write(group[..bytes]);
    }
}
