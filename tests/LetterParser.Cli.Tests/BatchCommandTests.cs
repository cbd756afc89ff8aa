using System.IO.Compression;
using LetterParser.Cli.Tests.Support;
using LetterParser.Core.Reports;
using LetterParser.Core.Reports.Rendering;

namespace LetterParser.Cli.Tests;

public class BatchCommandTests
{
    [Fact]
    public async Task AFolderWithAGoodAndAGarbageFileGivesTwoLinesIncludingAnErrorReportAndExitsWithZero()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.pdf", FakeLetters.Letter);
        folder.Write("in/garbage.bin", FakeLetters.Garbage);

        var result = await CliRun.RunAsync(folder.Path, "batch", "in");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var reports = Lines(result.Out).Select(ReportJson.Deserialize).ToList();
        Assert.Equal(["garbage.bin", "good.pdf"], reports.Select(r => r.SourceFileName));
        Assert.IsType<ErrorReport>(reports[0]);
        Assert.IsType<FindingsReport>(reports[1]);
    }

    [Fact]
    public async Task AFileThatTakesLongerThanTheTimeLimitBecomesAnErrorRowAndTheBatchGoesOn()
    {
        using var folder = new TempFolder();
        folder.Write("in/slow.pdf", FakeLetters.Letter);
        folder.Write("in/quick.pdf", FakeLetters.Letter);
        var processor = FakeLetters.Processor(name => name == "slow.pdf" ? TimeSpan.FromMinutes(10) : TimeSpan.Zero);

        var result = await CliRun.RunAsync(folder.Path, processor, "batch", "in", "--timeout", "1");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var reports = Lines(result.Out).Select(ReportJson.Deserialize).ToList();
        Assert.IsType<FindingsReport>(reports[0]);
        var slow = Assert.IsType<ErrorReport>(reports[1]);
        Assert.Equal(ErrorCode.Unreadable, slow.Error.Code);
        Assert.Contains("longer than 1 seconds", slow.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubfoldersAreReadSortedByPathAndHiddenFilesSkipped()
    {
        using var folder = new TempFolder();
        folder.Write("in/b/2.pdf", FakeLetters.Letter);
        folder.Write("in/a.pdf", FakeLetters.Letter);
        folder.Write("in/b/1.pdf", FakeLetters.Letter);
        folder.Write("in/.DS_Store", FakeLetters.Garbage);
        folder.Write("in/__MACOSX/b/._1.pdf", FakeLetters.Garbage);

        var result = await CliRun.RunAsync(folder.Path, "batch", "in");

        Assert.Equal(["a.pdf", "b/1.pdf", "b/2.pdf"], Lines(result.Out).Select(l => ReportJson.Deserialize(l).SourceFileName));
    }

    [Fact]
    public async Task OutputKeepsInputOrderWhenLettersFinishOutOfOrder()
    {
        using var folder = new TempFolder();
        var names = Enumerable.Range(0, 40).Select(i => $"in/{i:00}.pdf").ToList();
        foreach (var name in names)
            folder.Write(name, FakeLetters.Letter);
        // Early files are the slowest, so completion order is roughly reversed.
        var processor = FakeLetters.Processor(name => TimeSpan.FromMilliseconds(80 - 2 * int.Parse(name[..2])));

        var result = await CliRun.RunAsync(folder.Path, processor, "batch", "in", "--parallel", "8");

        Assert.Equal(names.Select(n => n[3..]), Lines(result.Out).Select(l => ReportJson.Deserialize(l).SourceFileName));
    }

    [Fact]
    public async Task ACrashInOneFileBecomesAnInternalErrorRowAndTheBatchGoesOn()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.pdf", FakeLetters.Letter);
        folder.Write("in/b.pdf", FakeLetters.Crash);
        folder.Write("in/c.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, "batch", "in");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var reports = Lines(result.Out).Select(ReportJson.Deserialize).ToList();
        Assert.Equal(3, reports.Count);
        Assert.Equal(ErrorCode.Internal, Assert.IsType<ErrorReport>(reports[1]).Error.Code);
        Assert.DoesNotContain("secret", result.Out + result.Error);
        Assert.Contains("internal error on 'b.pdf' (InvalidOperationException)", result.Error);
    }

    [Fact]
    public async Task CsvGoesToTheOutFileWithAByteOrderMarkAndOneRowPerFile()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.pdf", FakeLetters.Letter);
        folder.Write("in/=evil.pdf", FakeLetters.Garbage);

        var result = await CliRun.RunAsync(folder.Path, "batch", "in", "--format", "csv", "--out", "report.csv");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Out);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder.Path, "report.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Equal(string.Join(',', CsvReportWriter.Columns), rows[0]);
        // CSV comes in triage order by default: the letter with an open deadline before the unreadable file.
        Assert.StartsWith("good.pdf,ok,12 days left,Jane Doe,W309876543,", rows[1]);
        Assert.StartsWith("'=evil.pdf,error,Could not be read,", rows[2]);
        Assert.Contains(",unsupported-type,", rows[2]);
        Assert.Equal("", rows[3]);
    }

    [Fact]
    public async Task TheOutFileInsideTheInputFolderIsNotReadAsALetter()
    {
        using var folder = new TempFolder();
        folder.Write("good.pdf", FakeLetters.Letter);
        folder.Write("out.jsonl", FakeLetters.Garbage); // left over from an earlier run

        await CliRun.RunAsync(folder.Path, "batch", ".", "--out", "out.jsonl");

        var lines = Lines(await File.ReadAllTextAsync(Path.Combine(folder.Path, "out.jsonl")));
        Assert.Equal("good.pdf", ReportJson.Deserialize(Assert.Single(lines)).SourceFileName);
    }

    [Fact]
    public async Task AZipIsReadInItsOwnOrderWithUnsafeEntriesAsErrorRows()
    {
        using var folder = new TempFolder();
        var zipPath = Path.Combine(folder.Path, "letters.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            Add(zip, "z.pdf", FakeLetters.Letter);
            Add(zip, "../evil.pdf", FakeLetters.Letter);
            Add(zip, "sub/a.pdf", FakeLetters.Letter);
        }

        var result = await CliRun.RunAsync(folder.Path, "batch", "letters.zip");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var reports = Lines(result.Out).Select(ReportJson.Deserialize).ToList();
        Assert.Equal(["z.pdf", "evil.pdf", "sub/a.pdf"], reports.Select(r => r.SourceFileName));
        Assert.Equal(ErrorCode.CorruptFile, Assert.IsType<ErrorReport>(reports[1]).Error.Code);
    }

    [Fact]
    public async Task TriageOrderPutsALetterWithAnOpenDeadlineBeforeAnUnreadableFile()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.pdf", FakeLetters.Letter);
        folder.Write("in/b.pdf", FakeLetters.Garbage);

        var result = await CliRun.RunAsync(folder.Path, "batch", "in", "--order", "triage");

        Assert.Equal(["a.pdf", "b.pdf"], Lines(result.Out).Select(l => ReportJson.Deserialize(l).SourceFileName));
    }

    [Fact]
    public async Task NotesAndListsInAFolderAreSkippedAndCountedNotTurnedIntoErrorRows()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.pdf", FakeLetters.Letter);
        folder.Write("in/index.tsv", FakeLetters.Garbage);
        folder.Write("in/README.md", FakeLetters.Garbage);
        folder.Write("in/notes.txt", FakeLetters.Garbage);

        var result = await CliRun.RunAsync(folder.Path, "batch", "in");

        Assert.Equal(["a.pdf"], Lines(result.Out).Select(l => ReportJson.Deserialize(l).SourceFileName));
        Assert.EndsWith("Skipped 3 files that are not letters (.txt, .tsv, .csv, .md, .json).\n", result.Error);
    }

    [Fact]
    public async Task TheSummaryOnStderrCountsWhatWasRead()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.pdf", FakeLetters.Letter);
        folder.Write("in/b.pdf", FakeLetters.Letter);
        folder.Write("in/c.pdf", FakeLetters.Garbage);

        // 2024-05-15 leaves 2 days to the fake's deadline: both letters are urgent.
        var result = await CliRun.RunAsync(folder.Path, "batch", "in", "--today", "2024-05-15");

        Assert.Matches(@"^3 files: 2 refusal letters \(2 urgent\), 0 not refusal letters, 1 errors; [0-9.]+ s, [0-9.]+ letters/s, [0-9.]+ ms CPU per file\n$", result.Error);
    }

    [Fact]
    public async Task OnATerminalAProgressBarIsDrawnOnStderr()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.pdf", FakeLetters.Letter);
        folder.Write("in/b.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, FakeLetters.Processor(), terminal: true, "batch", "in", "--out", "out.jsonl");

        Assert.StartsWith("\r[" + new string('#', 30) + "] 2/2 ", result.Error);
        Assert.Contains("\n2 files: 2 refusal letters", result.Error);
    }

    [Fact]
    public async Task AnEmptyFolderWritesOnlyTheCsvHeader()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "in"));

        var result = await CliRun.RunAsync(folder.Path, "batch", "in", "--format", "csv");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(string.Join(',', CsvReportWriter.Columns) + "\r\n", result.Out);
    }

    [Fact]
    public async Task ANamedPipeAndASocketInTheFolderGetErrorRowsAtOnceAndNeverHangTheBatch()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.pdf", FakeLetters.Letter);
        SpecialFiles.MakeFifo(Path.Combine(folder.Path, "in/pipe.pdf"));
        using var socket = SpecialFiles.BindSocket(Path.Combine(folder.Path, "in/socket.pdf"));

        // Without the type check, opening the pipe blocks until a writer comes: for ever, whatever --timeout says.
        var result = await CliRun.RunAsync(folder.Path, "batch", "in").WaitAsync(TimeSpan.FromSeconds(30));

        var reports = Lines(result.Out).Select(ReportJson.Deserialize).ToList();
        Assert.Equal(["a.pdf", "pipe.pdf", "socket.pdf"], reports.Select(r => r.SourceFileName));
        Assert.Contains("named pipe", Assert.IsType<ErrorReport>(reports[1]).Error.Message);
        Assert.Contains("socket", Assert.IsType<ErrorReport>(reports[2]).Error.Message);
    }

    [Fact]
    public async Task TheTimeLimitCoversReadingAFileThatBecameAPipeAfterTheFolderWasListed()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.pdf", FakeLetters.Letter);
        var later = folder.Write("in/b.pdf", FakeLetters.Letter);
        var processor = FakeLetters.Processor(name => name == "a.pdf" ? TimeSpan.FromSeconds(2) : TimeSpan.Zero);

        var run = CliRun.RunAsync(folder.Path, processor, "batch", "in", "--parallel", "1", "--timeout", "3");
        await Task.Delay(500);
        File.Delete(later);
        SpecialFiles.MakeFifo(later);
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        var reports = Lines(result.Out).Select(ReportJson.Deserialize).ToList();
        Assert.IsType<FindingsReport>(reports[0]);
        Assert.Contains("longer than 3 seconds", Assert.IsType<ErrorReport>(reports[1]).Error.Message);
    }

    [Fact]
    public async Task ALinkedLetterIsReadWhenItEndsInsideTheFolderAndGetsAnErrorRowSayingWhyOtherwise()
    {
        using var folder = new TempFolder();
        var inside = folder.Write("in/letters/real.pdf", FakeLetters.Letter);
        var outside = folder.Write("elsewhere/secret.pdf", FakeLetters.Letter);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "in/link-inside.pdf"), inside);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "in/link-outside.pdf"), outside);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "in/link-broken.pdf"), Path.Combine(folder.Path, "gone.pdf"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "in/link-folder"), Path.Combine(folder.Path, "in"));

        var result = await CliRun.RunAsync(folder.Path, "batch", "in");

        var reports = Lines(result.Out).Select(ReportJson.Deserialize).ToDictionary(r => r.SourceFileName);
        Assert.Equal(["letters/real.pdf", "link-broken.pdf", "link-folder", "link-inside.pdf", "link-outside.pdf"], reports.Keys.Order(StringComparer.Ordinal));
        Assert.IsType<FindingsReport>(reports["link-inside.pdf"]);
        Assert.Contains("broken link", Assert.IsType<ErrorReport>(reports["link-broken.pdf"]).Error.Message);
        Assert.Contains("outside the folder", Assert.IsType<ErrorReport>(reports["link-outside.pdf"]).Error.Message);
        Assert.Contains("links to folders are not followed", Assert.IsType<ErrorReport>(reports["link-folder"]).Error.Message);
    }

    [Fact]
    public async Task RowsWaitForTheLastFileSoALetterCanBeJoinedWithItsNotesAndEachIsWrittenWhole()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 5; i++)
            folder.Write($"in/{i}.pdf", FakeLetters.Letter);
        var outPath = Path.Combine(folder.Path, "out.jsonl");
        var seen = new List<string>();
        var fake = FakeLetters.Processor();
        var watching = fake with
        {
            Process = (content, name, options, ct) =>
            {
                seen.Add(File.Exists(outPath) ? File.ReadAllText(outPath) : "");
                return fake.Process(content, name, options, ct);
            },
        };

        await CliRun.RunAsync(folder.Path, watching, "batch", "in", "--parallel", "1", "--out", "out.jsonl");

        // Either a letter or its GCMS printout may be read last, so no row is out while files are still read;
        // then every row is a whole line.
        Assert.All(seen, text => Assert.Equal("", text));
        var written = await File.ReadAllTextAsync(outPath);
        Assert.EndsWith("\n", written);
        Assert.Equal(5, Lines(written).Length);
        Assert.All(Lines(written), line => ReportJson.Deserialize(line));
    }

    [Fact]
    public async Task AZipWhoseCentralDirectoryMiscountsItsEntriesStillGivesARowPerLetter()
    {
        using var folder = new TempFolder();
        var zipPath = Path.Combine(folder.Path, "letters.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            Add(zip, "a.pdf", FakeLetters.Letter);
            Add(zip, "b.pdf", FakeLetters.Letter);
        }
        var bytes = await File.ReadAllBytesAsync(zipPath);
        // The end record says three entries where the directory holds two, as some zip tools write.
        BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 22 + 8), (ushort)3);
        BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 22 + 10), (ushort)3);
        await File.WriteAllBytesAsync(zipPath, bytes);

        var result = await CliRun.RunAsync(folder.Path, "batch", "letters.zip");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(["a.pdf", "b.pdf"], Lines(result.Out).Select(l => ReportJson.Deserialize(l).SourceFileName));
    }

    [Theory]
    [InlineData("batch", "nowhere")]
    [InlineData("batch", "letter.pdf")]
    [InlineData("batch", ".", "--parallel", "0")]
    [InlineData("batch", ".", "--format", "xlsx")]
    [InlineData("batch", ".", "--order", "random")]
    public async Task ABadCommandLineIsAUsageError(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("letter.pdf", FakeLetters.Letter);

        var result = await CliRun.RunAsync(folder.Path, args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("letterparser: ", result.Error);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }

    /// <summary>Makes the files a batch folder should never open: a named pipe and a listening socket.</summary>
    private static class SpecialFiles
    {
        public static void MakeFifo(string path)
        {
            if (Mkfifo(path, 0x1A4) != 0)
                throw new IOException($"mkfifo failed ({System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}).");
        }

        public static System.Net.Sockets.Socket BindSocket(string path)
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
            socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(path));
            return socket;
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
        private static extern int Mkfifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint mode);
    }
}
