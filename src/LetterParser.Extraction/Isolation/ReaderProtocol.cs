using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;

namespace LetterParser.Extraction.Isolation;

/// <summary>What the parent asks the reader process: one file, with the limits to read it under.</summary>
internal sealed record ReadRequest(string FileName, LetterLimits Limits, TimeSpan CpuTime, ReadOnlyMemory<byte> Content);

/// <summary>
/// What the reader process answers: the document, or why it could not be read; the reader's peak memory while
/// reading it, the memory it still holds after it (which decides whether it reads another letter), and the CPU
/// time (user and system, all its threads) it spent on it. Unlike wall time, the CPU time does not grow when other
/// work shares the cores, so it is what says whether a file is costly. For a reader that gave no answer, the
/// parent's own reading of the reader just before it stopped it, where it could still see it (else null and 0).
/// </summary>
internal sealed record ReadResponse(DocumentText? Document, ErrorCode? Code, string? Message, long PeakResidentBytes, long ResidentAfterBytes = 0, TimeSpan? CpuTime = null);

/// <summary>
/// The pipe protocol between <see cref="IsolatedDocumentSource"/> and the reader process (stdin and stdout).
/// Every message is a frame: a 4-byte little-endian length, then that many bytes. The child speaks first with a
/// hello frame naming the protocol and its <see cref="Version"/>; the parent refuses any other version (a reader
/// left over from another build). Then, as often as the child lives: one request frame, then from the child any
/// progress frames ("OCR page i of n": numbers only, never text) and one answer frame. Each child frame after the
/// hello starts with its kind. A child cannot flood its parent with progress: pages only go forward and never past
/// the file's page count, which never passes the letter's page limit, so there is at most one per page. The answer
/// carries the CPU time the child spent on the letter (version 5), which the parent checks against the most the
/// kernel would have let it spend (<see cref="MaxCpuTime"/>).
/// </summary>
internal static class ReaderProtocol
{
    public const int Version = 5;

    private const byte AnswerFrame = 0;
    private const byte ProgressFrame = 1;

    /// <summary>Kind, page, pages.</summary>
    private const int ProgressFrameBytes = 1 + 4 + 4;

    public static readonly string Hello = $"LetterParser.Reader/{Version}";

    /// <summary>Largest frame either side accepts: the file limit plus room for the header, or a big document back.</summary>
    public const int MaxFrameBytes = 256 * 1024 * 1024;

    public static async Task WriteFrameAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        await stream.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <returns>the payload, or null when the other side closed the pipe before a frame began.</returns>
    public static async Task<byte[]?> ReadFrameAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        var read = await stream.ReadAtLeastAsync(header, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read == 0)
            return null;
        if (read < 4)
            throw new EndOfStreamException("The pipe closed inside a frame header.");
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxFrameBytes)
            throw new InvalidDataException($"A frame of {length} bytes is outside the protocol.");
        var payload = new byte[length];
        await stream.ReadExactlyAsync(payload, cancellationToken).ConfigureAwait(false);
        return payload;
    }

    public static byte[] EncodeRequest(ReadRequest request)
    {
        using var buffer = new MemoryStream(request.Content.Length + 256);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(request.FileName);
            writer.Write(request.Limits.MaxFileBytes);
            writer.Write(request.Limits.MaxPages);
            writer.Write(request.Limits.MaxImagePixels);
            writer.Write(request.Limits.MaxInflatedPdfBytes);
            writer.Write(request.CpuTime.Ticks);
            writer.Write(request.Content.Length);
            writer.Write(request.Content.Span);
        }
        return buffer.ToArray();
    }

    public static ReadRequest DecodeRequest(byte[] frame)
    {
        using var reader = new BinaryReader(new MemoryStream(frame, writable: false), Encoding.UTF8);
        var name = reader.ReadString();
        var limits = new LetterLimits
        {
            MaxFileBytes = reader.ReadInt64(),
            MaxPages = reader.ReadInt32(),
            MaxImagePixels = reader.ReadInt64(),
            MaxInflatedPdfBytes = reader.ReadInt64(),
        };
        var cpu = TimeSpan.FromTicks(reader.ReadInt64());
        var length = reader.ReadInt32();
        var offset = (int)reader.BaseStream.Position;
        if (length < 0 || offset + length > frame.Length)
            throw new InvalidDataException("The request's content length is outside its frame.");
        return new ReadRequest(name, limits, cpu, frame.AsMemory(offset, length));
    }

    public static byte[] EncodeResponse(ReadResponse response)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(AnswerFrame);
            writer.Write(response.PeakResidentBytes);
            writer.Write(response.ResidentAfterBytes);
            writer.Write((response.CpuTime ?? TimeSpan.Zero).Ticks);
            writer.Write(response.Document is not null);
            if (response.Document is not null)
                DocumentTextCodec.Write(writer, response.Document);
            else
            {
                writer.Write((int)(response.Code ?? ErrorCode.Internal));
                writer.Write(response.Message ?? "");
            }
        }
        return buffer.ToArray();
    }

    public static ReadResponse DecodeResponse(byte[] frame)
    {
        using var reader = new BinaryReader(new MemoryStream(frame, writable: false), Encoding.UTF8);
        if (reader.ReadByte() != AnswerFrame)
            throw new InvalidDataException("The reader process sent a frame that is not an answer.");
        var peak = reader.ReadInt64();
        var after = reader.ReadInt64();
        var cpuTicks = reader.ReadInt64();
        if (cpuTicks < 0)
            throw new InvalidDataException("The reader process sent a negative CPU time.");
        var cpu = TimeSpan.FromTicks(cpuTicks);
        if (reader.ReadBoolean())
            return new ReadResponse(DocumentTextCodec.Read(reader), null, null, peak, after, cpu);
        var code = (ErrorCode)reader.ReadInt32();
        if (!Enum.IsDefined(code))
            throw new InvalidDataException("The reader process sent an unknown error code.");
        return new ReadResponse(null, code, reader.ReadString(), peak, after, cpu);
    }

    /// <summary>
    /// The most CPU time a child can truly have spent on one letter. With a budget, the kernel ends the child before
    /// it spends more than the budget, plus the second its soft limit is rounded up to and a timer tick: past that,
    /// the figure is made up. Without one, no process uses more than every core for as long as the letter took.
    /// </summary>
    /// <param name="budget">the letter's CPU budget (<see cref="ReadRequest.CpuTime"/>; zero or less: none).</param>
    /// <param name="sinceRequest">the wall time since the parent began to write the request.</param>
    public static TimeSpan MaxCpuTime(TimeSpan budget, TimeSpan sinceRequest)
    {
        var most = budget > TimeSpan.Zero ? budget : sinceRequest * Math.Max(1, Environment.ProcessorCount);
        return most < TimeSpan.MaxValue - CpuSlack ? most + CpuSlack : TimeSpan.MaxValue;
    }

    private static readonly TimeSpan CpuSlack = TimeSpan.FromSeconds(2);

    /// <summary>"OCR page i of n" as a frame; only OCR pages cross (the parent knows the other stages itself).</summary>
    public static byte[] EncodeProgress(ReadingProgress progress)
    {
        if (progress is not { Stage: ReadingStage.Ocr, Page: { } page, Pages: { } pages })
            throw new ArgumentException("Only OCR page progress crosses the pipe.", nameof(progress));
        var frame = new byte[ProgressFrameBytes];
        frame[0] = ProgressFrame;
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(1), page);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(5), pages);
        return frame;
    }

    /// <summary>
    /// The child's frames for <paramref name="request"/>: each progress frame checked and passed to
    /// <paramref name="progress"/>, then the answer. Progress that goes back, repeats a page, changes its page count or
    /// passes the request's page limit, or an answer that claims more CPU time than <see cref="MaxCpuTime"/>, breaks
    /// the protocol (<see cref="InvalidDataException"/>; the caller then kills the reader).
    /// </summary>
    /// <param name="sinceRequest">started just before the request was written.</param>
    /// <returns>the answer, or null when the child closed the pipe before it.</returns>
    public static async Task<ReadResponse?> ReadAnswerAsync(Stream stream, ReadRequest request, Stopwatch sinceRequest, IProgress<ReadingProgress>? progress, CancellationToken cancellationToken)
    {
        var lastPage = 0;
        int? pageCount = null;
        while (await ReadFrameAsync(stream, cancellationToken).ConfigureAwait(false) is { } frame)
        {
            if (frame.Length == 0 || frame[0] != ProgressFrame)
            {
                var answer = DecodeResponse(frame);
                if (answer.CpuTime > MaxCpuTime(request.CpuTime, sinceRequest.Elapsed))
                    throw new InvalidDataException("The reader process claimed more CPU time than it could have spent.");
                return answer;
            }
            if (frame.Length != ProgressFrameBytes)
                throw new InvalidDataException("The reader process sent a progress frame of the wrong size.");
            var page = BinaryPrimitives.ReadInt32LittleEndian(frame.AsSpan(1));
            var pages = BinaryPrimitives.ReadInt32LittleEndian(frame.AsSpan(5));
            if (page <= lastPage || page > pages || pages > request.Limits.MaxPages || (pageCount is { } count && count != pages))
                throw new InvalidDataException("The reader process sent progress outside the protocol.");
            (lastPage, pageCount) = (page, pages);
            progress?.Report(ReadingProgress.OcrPage(page, pages));
        }
        return null;
    }
}
