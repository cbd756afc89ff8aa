using LetterParser.Core.Documents;
using LetterParser.Core.Explaining;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Pipeline;

/// <summary>
/// The one use case: a file in, a report out. The CLI, the Hangfire job and the tests all call this.
/// Failures that a person can fix come back as an <see cref="ErrorReport"/>, never as an exception;
/// cancellation and truly unexpected faults propagate so a job runner can retry them.
/// </summary>
public sealed class LetterPipeline(IDocumentTextSource textSource, LetterExplainer explainer, LetterLimits limits, TimeProvider clock)
{
    public LetterLimits Limits => limits;

    public async Task<LetterReport> ProcessAsync(Stream content, string fileName, ProcessingOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes;
        try
        {
            bytes = await ReadCappedAsync(content, limits.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (LetterInputException e)
        {
            return new ErrorReport(fileName, new ErrorDetail(e.Code, e.Message));
        }
        return await ProcessAsync(bytes, fileName, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LetterReport> ProcessAsync(ReadOnlyMemory<byte> content, string fileName, ProcessingOptions? options, CancellationToken cancellationToken)
    {
        options ??= ProcessingOptions.Default;
        try
        {
            if (content.Length == 0)
                throw new LetterInputException(ErrorCode.EmptyFile, "The file is empty (0 bytes). Upload the letter file itself.");
            if (content.Length > limits.MaxFileBytes)
                throw TooLarge(limits.MaxFileBytes);
            var document = await textSource.ReadAsync(content, fileName, cancellationToken).ConfigureAwait(false);
            var today = options.Today ?? DateOnly.FromDateTime(clock.GetLocalNow().Date);
            return explainer.Explain(document, fileName, options with { Today = today });
        }
        catch (LetterInputException e)
        {
            return new ErrorReport(fileName, new ErrorDetail(e.Code, e.Message));
        }
    }

    private static LetterInputException TooLarge(long max) =>
        new(ErrorCode.TooLarge, $"The file is larger than the {max / (1024 * 1024)} MB limit. Upload only the refusal letter, or a smaller scan of it.");

    private static async Task<byte[]> ReadCappedAsync(Stream content, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
                throw TooLarge(max);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
