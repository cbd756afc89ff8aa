using System.IO.Compression;
using LetterParser.Core.Archives;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Tests.Archives;

public class LetterArchiveTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\nnot really a letter\n%%EOF\n"u8.ToArray();

    [Fact]
    public void TwoLettersWithTheSameNameInDifferentFoldersCanBeToldApart()
    {
        var zip = Zip(("maria/letter.pdf", Pdf), ("ahmed/letter.pdf", Pdf));

        Assert.Equal(["maria/letter.pdf", "ahmed/letter.pdf"], LetterArchive.Read(zip, "batch.zip").Select(e => e.FileName));
    }

    [Fact]
    public void ReadsEachFileWithItsPathInTheZipAndSkipsFoldersAndMacJunk()
    {
        var zip = Zip(("letters/", null), ("letters/a.pdf", Pdf), ("b.pdf", Pdf), ("__MACOSX/letters/._a.pdf", Pdf), (".DS_Store", Pdf));

        var entries = LetterArchive.Read(zip, "batch.zip").ToList();

        Assert.Equal(["letters/a.pdf", "b.pdf"], entries.Select(e => e.FileName));
        Assert.All(entries, e => Assert.Equal(Pdf, e.Content.ToArray()));
        Assert.All(entries, e => Assert.False(e.IsRefused));
    }

    [Theory]
    [InlineData("../evil.pdf")]
    [InlineData("letters/../../evil.pdf")]
    [InlineData("/etc/evil.pdf")]
    [InlineData("C:\\evil.pdf")]
    public void ANameThatPointsOutsideTheZipIsRefusedAndTheRestStillRead(string name)
    {
        var zip = Zip((name, Pdf), ("good.pdf", Pdf));

        var entries = LetterArchive.Read(zip, "batch.zip").ToList();

        Assert.Equal(2, entries.Count);
        var refused = entries[0];
        Assert.Equal("evil.pdf", refused.FileName);
        Assert.Equal(ErrorCode.CorruptFile, refused.Refusal!.Error.Code);
        Assert.True(refused.Content.IsEmpty);
        Assert.False(entries[1].IsRefused);
    }

    [Fact]
    public void ControlCharactersInANameAreReplacedForDisplay()
    {
        var entries = LetterArchive.Read(Zip(("bad\u0007name\u202E.pdf", Pdf)), "batch.zip").ToList();

        Assert.Equal("bad_name_.pdf", Assert.Single(entries).FileName);
    }

    [Fact]
    public void AZipBombIsRefusedAndTheNextEntryStillRead()
    {
        // 200 MB of zeros deflates to about 200 KB.
        var zip = ZipOfZeros("bomb.pdf", 200L * 1024 * 1024, ("after.pdf", Pdf));

        var entries = LetterArchive.Read(zip, "batch.zip").ToList();

        Assert.Equal(ErrorCode.TooLarge, entries[0].Refusal!.Error.Code);
        Assert.Equal("after.pdf", entries[1].FileName);
        Assert.False(entries[1].IsRefused);
    }

    [Fact]
    public void AZipBombThatUnderstatesItsSizeNeverInflatesPastIt()
    {
        var zip = ZipOfZeros("bomb.pdf", 200L * 1024 * 1024, ("after.pdf", Pdf)).ToArray();
        DeclareUncompressedSize(zip, "bomb.pdf", 1000);

        var entries = LetterArchive.Read(new MemoryStream(zip), "batch.zip").ToList();

        // Either our counter or the runtime's own cap stops it; the 200 MB never reach memory.
        Assert.True(entries[0].IsRefused || entries[0].Content.Length <= 1000, $"got {entries[0].Content.Length} bytes");
        Assert.False(entries[1].IsRefused);
    }

    [Fact]
    public void AnEntryUnderTheSizeLimitIsStillRefusedByItsCompressionRatio()
    {
        // 5 MB is well under the 25 MB file limit, but zeros compress about 1000:1.
        var zip = ZipOfZeros("zeros.pdf", 5L * 1024 * 1024, ("after.pdf", Pdf));

        var entries = LetterArchive.Read(zip, "batch.zip").ToList();

        Assert.Equal(ErrorCode.TooLarge, entries[0].Refusal!.Error.Code);
        Assert.Contains("100 times its compressed size", entries[0].Refusal!.Error.Message);
        Assert.False(entries[1].IsRefused);
    }

    [Fact]
    public void AnEntryOverThePerEntryLimitIsRefusedEvenWhenItCompressesPoorly()
    {
        var random = new byte[300_000];
        new Random(7).NextBytes(random);
        var limits = new ArchiveLimits { MaxEntryBytes = 100_000 };

        var entry = Assert.Single(LetterArchive.Read(Zip(("big.pdf", random)), "batch.zip", limits));

        Assert.Equal(ErrorCode.TooLarge, entry.Refusal!.Error.Code);
    }

    [Fact]
    public void EntriesPastTheTotalLimitAreRefusedAndEarlierOnesKept()
    {
        var limits = new ArchiveLimits { MaxTotalBytes = Pdf.Length * 2 + 1 };
        var zip = Zip(("1.pdf", Pdf), ("2.pdf", Pdf), ("3.pdf", Pdf));

        var entries = LetterArchive.Read(zip, "batch.zip", limits).ToList();

        Assert.Equal([false, false, true], entries.Select(e => e.IsRefused));
        Assert.Equal(ErrorCode.TooLarge, entries[2].Refusal!.Error.Code);
    }

    [Fact]
    public void TooManyEntriesRefusesTheWholeZipWithOneError()
    {
        var files = Enumerable.Range(0, 11).Select(i => ($"{i}.pdf", (byte[]?)Pdf)).ToArray();

        var entries = LetterArchive.Read(Zip(files), "batch.zip", new ArchiveLimits { MaxEntries = 10 }).ToList();

        var only = Assert.Single(entries);
        Assert.Equal("batch.zip", only.FileName);
        Assert.Equal(ErrorCode.TooLarge, only.Refusal!.Error.Code);
    }

    [Fact]
    public void AZipInsideTheZipIsNotOpened()
    {
        var inner = Zip(("inner.pdf", Pdf)).ToArray();

        var entries = LetterArchive.Read(Zip(("more.zip", inner), ("renamed.pdf", inner)), "batch.zip").ToList();

        Assert.All(entries, e => Assert.Equal(ErrorCode.UnsupportedType, e.Refusal!.Error.Code));
    }

    [Fact]
    public void AFileThatIsNotAZipIsOneCorruptFileError()
    {
        var entry = Assert.Single(LetterArchive.Read(new MemoryStream(Pdf), "../uploads/batch.zip"));

        Assert.Equal("batch.zip", entry.FileName);
        Assert.Equal(ErrorCode.CorruptFile, entry.Refusal!.Error.Code);
    }

    [Fact]
    public void ADamagedEntryIsRefusedAndTheOthersRead()
    {
        var zip = Zip(("a.pdf", Enumerable.Repeat((byte)'a', 5000).ToArray()), ("b.pdf", Pdf)).ToArray();
        // Flip bytes inside a.pdf's deflated data (just after its 30-byte header and 5-byte name) so its CRC fails.
        for (var i = 40; i < 50; i++)
            zip[i] ^= 0xFF;

        var entries = LetterArchive.Read(new MemoryStream(zip), "batch.zip").ToList();

        Assert.Equal(ErrorCode.CorruptFile, entries[0].Refusal!.Error.Code);
        Assert.False(entries[1].IsRefused);
    }

    public static TheoryData<string, byte[]> ZipsWhoseDirectoryDisagrees => new()
    {
        { "an end record that counts more entries than the directory holds", new RawZip().Add("a.pdf", Pdf).Add("b.pdf", Pdf).Build(declaredCount: 3) },
        { "an end record that counts fewer", new RawZip().Add("a.pdf", Pdf).Add("b.pdf", Pdf).Build(declaredCount: 1) },
        { "a stub before the zip that the offsets do not count", new RawZip().Add("a.pdf", Pdf).Add("b.pdf", Pdf).Build(prefix: new byte[300]) },
        { "no central directory at all (cut short)", new RawZip().Add("a.pdf", Pdf).Add("b.pdf", Pdf).Build()[..^120] },
    };

    [Theory]
    [MemberData(nameof(ZipsWhoseDirectoryDisagrees))]
    public void AZipWhoseCentralDirectoryDisagreesWithItsLocalHeadersIsReadFromTheLocalHeaders(string damage, byte[] zip)
    {
        var entries = LetterArchive.Read(new MemoryStream(zip), "batch.zip").ToList();

        Assert.True(entries.Select(e => e.FileName).SequenceEqual(["a.pdf", "b.pdf"]), damage);
        Assert.All(entries, e => Assert.Equal(Pdf, e.Content.ToArray()));
    }

    [Fact]
    public void AStreamedZipWithSizesAfterTheDataIsReadFromItsLocalHeadersWhenItsDirectoryIsWrong()
    {
        // A zip written to a pipe (unseekable) puts each entry's sizes in a descriptor after its deflated data.
        var streamed = new MemoryStream();
        using (var archive = new ZipArchive(new UnseekableStream(streamed), ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "a.pdf", "b.pdf" })
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Enumerable.Repeat(Pdf, 50).SelectMany(b => b).ToArray());
            }
        }
        var zip = streamed.ToArray();
        BitConverter.TryWriteBytes(zip.AsSpan(zip.Length - 22 + 8, 2), (ushort)7);

        var entries = LetterArchive.Read(new MemoryStream(zip), "batch.zip").ToList();

        Assert.Equal(["a.pdf", "b.pdf"], entries.Select(e => e.FileName));
        Assert.All(entries, e => Assert.Equal(Pdf.Length * 50, e.Content.Length));
    }

    [Theory]
    [InlineData("ZipCrypto", (ushort)0x01, (ushort)0)]
    [InlineData("AES", (ushort)0x01, (ushort)99)]
    public void APasswordProtectedEntryIsReportedAsPasswordProtectedNotDamaged(string scheme, ushort flags, ushort method)
    {
        var zip = new RawZip().Add("locked.pdf", new byte[64], flags, method).Add("open.pdf", Pdf).Build();

        var entries = LetterArchive.Read(new MemoryStream(zip), "batch.zip").ToList();

        var locked = entries[0].Refusal!.Error;
        Assert.NotEqual(ErrorCode.CorruptFile, locked.Code);
        Assert.True(locked.Message.Contains("password-protected; unzip it and upload the letters", StringComparison.Ordinal), scheme);
        Assert.Equal(Pdf, entries[1].Content.ToArray());
    }

    [Fact]
    public void EntriesWithOddNamesGiveEntriesAndOnlyFoldersAndSystemJunkAreSkipped()
    {
        var zip = new RawZip()
            .Add("folder/", [])
            .Add(".x", Pdf)
            .Add("x/", Pdf)
            .Add("", Pdf)
            .Add("folder/._letter.pdf", Pdf)
            .Add("Thumbs.db", Pdf)
            .Build();

        var entries = LetterArchive.Read(new MemoryStream(zip), "batch.zip").ToList();

        Assert.Equal([".x", "x", "(unnamed)"], entries.Select(e => e.FileName));
        Assert.All(entries, e => Assert.Equal(Pdf, e.Content.ToArray()));
    }

    [Fact]
    public void ManySmallEntriesThatTogetherInflateFarPastTheirSizeAreStoppedWithinTheFirstMegabytes()
    {
        // 300 "PDFs" of 1 MB of zeros: each is at the per-entry ratio floor, together 300 MB from about 300 KB.
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                using var entry = archive.CreateEntry($"{i:000}.pdf", CompressionLevel.SmallestSize).Open();
                entry.Write(zeros);
            }
        }
        stream.Position = 0;

        var entries = LetterArchive.Read(stream, "batch.zip").ToList();

        Assert.Equal(300, entries.Count);
        Assert.InRange(entries.Sum(e => (long)e.Content.Length), 0, 2 * 1024 * 1024);
        Assert.All(entries.Skip(2), e => Assert.Equal(ErrorCode.TooLarge, e.Refusal!.Error.Code));
        Assert.Contains("times its own size", entries[^1].Refusal!.Error.Message);
    }

    [Fact]
    public void RecognisesAZipByItsFirstBytes()
    {
        Assert.True(LetterArchive.LooksLikeZip(Zip(("a.pdf", Pdf)).ToArray()));
        Assert.False(LetterArchive.LooksLikeZip(Pdf));
    }

    private static MemoryStream Zip(params (string Name, byte[]? Content)[] files)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = archive.CreateEntry(name);
                if (content is null)
                    continue;
                using var entryStream = entry.Open();
                entryStream.Write(content);
            }
        }
        stream.Position = 0;
        return stream;
    }

    private static MemoryStream ZipOfZeros(string name, long size, (string Name, byte[] Content) after)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var entryStream = archive.CreateEntry(name, CompressionLevel.Fastest).Open())
            {
                var zeros = new byte[1024 * 1024];
                for (long written = 0; written < size; written += zeros.Length)
                    entryStream.Write(zeros);
            }
            using var next = archive.CreateEntry(after.Name).Open();
            next.Write(after.Content);
        }
        stream.Position = 0;
        return stream;
    }

    // Rewrites the uncompressed size in the entry's local and central headers, as a hostile zip would.
    private static void DeclareUncompressedSize(byte[] zip, string name, uint size)
    {
        var nameBytes = System.Text.Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes))
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
        }
    }

    /// <summary>A stream that cannot seek, as a pipe: ZipArchive then writes data descriptors.</summary>
    private sealed class UnseekableStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
