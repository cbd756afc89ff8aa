namespace LetterParser.Web.Processing;

/// <summary>Configuration section <c>Processing</c>.</summary>
public sealed class LetterProcessingOptions
{
    /// <summary>Hangfire workers; 0 means one per core (the pipeline is CPU-bound).</summary>
    public int Workers { get; set; }

    /// <summary>False for a web-only process that enqueues jobs for separate worker processes.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>A letter whose processing takes longer than this is stopped and reported as failed, not retried.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a stopping process waits for its job workers; the letters they were reading go back to the queue.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
