using System.Buffers.Binary;
using System.Text;

namespace LetterParser.Fuzz;

/// <summary>
/// Makes mutant N of a run from the run seed alone: the same seed, number and corpus give the same bytes on any
/// machine. A mutant is one to four stacked edits, chosen to reach what the hostile files reached: numbers in PDF
/// dictionaries (sizes, counts, lengths, widths), integers in binary headers (PNG, JPEG, TIFF, zip), bit flips,
/// chunks cut, repeated (painting operators, glyphs) or spliced from another seed.
/// </summary>
internal static class ByteMutator
{
    private const int MaxMutantBytes = 4 * 1024 * 1024;

    private static readonly string[] Numbers = ["0", "-1", "1", "3", "255", "65535", "65536", "99999", "2147483647", "2147483648", "4294967296", "999999999999", "1e9", "0.0001"];
    private static readonly uint[] Integers = [0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0xFFFFFFFF];

    /// <summary>The mutant and a short description of its edits (kept with a finding).</summary>
    public static (byte[] Content, string Edits) Mutate(Seed seed, IReadOnlyList<Seed> corpus, Random random)
    {
        var bytes = new List<byte>(seed.Content);
        var edits = new List<string>();
        for (var n = 1 + random.Next(4); n > 0 && bytes.Count > 0; n--)
            edits.Add(Edit(bytes, seed.EntryPoint, corpus, random));
        if (bytes.Count > MaxMutantBytes)
            bytes.RemoveRange(MaxMutantBytes, bytes.Count - MaxMutantBytes);
        var content = bytes.ToArray();
        // A PNG decoder stops at the first bad chunk checksum; most mutants should get past it to the pixels.
        if (content.AsSpan().StartsWith(PngSignature) && random.Next(4) > 0)
            FixPngChecksums(content);
        return (content, string.Join("; ", edits));
    }

    private static string Edit(List<byte> bytes, EntryPoint entry, IReadOnlyList<Seed> corpus, Random random)
    {
        // Headers hold the sizes decoders trust; half the binary edits land in the first kilobyte.
        int At(int span = 1) => random.Next(2) == 0 && entry != EntryPoint.Pdf
            ? random.Next(Math.Max(1, Math.Min(bytes.Count, 1024) - span + 1))
            : random.Next(Math.Max(1, bytes.Count - span + 1));

        switch (random.Next(entry == EntryPoint.Pdf ? 10 : 8))
        {
            case 0:
            {
                var flips = 1 + random.Next(8);
                for (var i = 0; i < flips; i++)
                    bytes[At()] ^= (byte)(1 << random.Next(8));
                return $"flip {flips} bits";
            }
            case 1:
            {
                var at = At();
                bytes[at] = (byte)Integers[random.Next(5)];
                return $"byte {at} = {bytes[at]}";
            }
            case 2:
            {
                var at = At(4);
                if (at + 4 > bytes.Count)
                    return "int (no room)";
                var value = Integers[random.Next(Integers.Length)];
                Span<byte> written = stackalloc byte[4];
                if (random.Next(2) == 0)
                    BinaryPrimitives.WriteUInt32LittleEndian(written, value);
                else
                    BinaryPrimitives.WriteUInt32BigEndian(written, value);
                var width = random.Next(2) == 0 ? 2 : 4;
                for (var i = 0; i < width; i++)
                    bytes[at + i] = written[random.Next(2) == 0 ? i : 4 - width + i];
                return $"int{width * 8} {at} = {value:x}";
            }
            case 3:
            {
                var at = At();
                var length = Math.Min(bytes.Count - at, 1 + random.Next(random.Next(2) == 0 ? 16 : 4096));
                bytes.RemoveRange(at, length);
                return $"cut {length} at {at}";
            }
            case 4:
            {
                var at = At();
                var length = Math.Min(bytes.Count - at, 1 + random.Next(64));
                var times = random.Next(2) == 0 ? 2 + random.Next(8) : 100 + random.Next(5000);
                var chunk = bytes.GetRange(at, length);
                var repeated = Enumerable.Repeat(chunk, Math.Min(times, MaxMutantBytes / Math.Max(1, length))).SelectMany(c => c).ToList();
                bytes.InsertRange(at, repeated);
                return $"repeat {length} at {at} x{times}";
            }
            case 5:
            {
                var other = corpus[random.Next(corpus.Count)].Content;
                var from = random.Next(other.Length);
                var length = Math.Min(other.Length - from, 1 + random.Next(2048));
                var at = At();
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(length + 1)));
                bytes.InsertRange(at, other.AsSpan(from, length).ToArray());
                return $"splice {length} at {at}";
            }
            case 6:
            {
                var at = 1 + random.Next(Math.Max(1, bytes.Count - 1));
                bytes.RemoveRange(at, bytes.Count - at);
                return $"truncate at {at}";
            }
            case 7:
            {
                var at = At();
                var length = 1 + random.Next(32);
                var noise = new byte[length];
                random.NextBytes(noise);
                bytes.InsertRange(at, noise);
                return $"insert {length} at {at}";
            }
            default:
                return ReplaceNumber(bytes, random);
        }
    }

    /// <summary>Replaces the first run of digits after a random place with a number a parser may not expect.</summary>
    private static string ReplaceNumber(List<byte> bytes, Random random)
    {
        var from = random.Next(bytes.Count);
        for (var i = from; i < Math.Min(bytes.Count, from + 8192); i++)
        {
            if (!char.IsAsciiDigit((char)bytes[i]) || (i > 0 && char.IsAsciiDigit((char)bytes[i - 1])))
                continue;
            var end = i;
            while (end < bytes.Count && char.IsAsciiDigit((char)bytes[end]))
                end++;
            var number = Numbers[random.Next(Numbers.Length)];
            bytes.RemoveRange(i, end - i);
            bytes.InsertRange(i, Encoding.ASCII.GetBytes(number));
            return $"number at {i} = {number}";
        }
        return "number (none found)";
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static void FixPngChecksums(byte[] png)
    {
        var at = 8;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (length > png.Length - at - 12)
                return;
            var crc = Crc32(png.AsSpan(at + 4, (int)length + 4));
            BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at + 8 + (int)length), crc);
            at += 12 + (int)length;
        }
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
