namespace LetterParser.Web.Intake;

/// <summary>Configuration section <c>Uploads</c>: caps on one request. Each file is also capped by <c>Limits:MaxFileBytes</c>.</summary>
public sealed class UploadOptions
{
    /// <summary>Most letters in one batch (files, or entries of one zip).</summary>
    public int MaxBatchFiles { get; set; } = 1000;

    /// <summary>Largest request body (Kestrel and multipart limit), 256 MB.</summary>
    public long MaxRequestBytes { get; set; } = 256L * 1024 * 1024;
}
