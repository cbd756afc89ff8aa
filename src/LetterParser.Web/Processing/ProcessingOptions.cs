namespace LetterParser.Web.Processing;

/// <summary>Configuration section <c>Processing</c>.</summary>
public sealed class LetterProcessingOptions
{
    /// <summary>Hangfire workers; 0 means one per core (the pipeline is CPU-bound).</summary>
    public int Workers { get; set; }

    /// <summary>False for a web-only process that enqueues jobs for separate worker processes.</summary>
    public bool RunServer { get; set; } = true;
}
