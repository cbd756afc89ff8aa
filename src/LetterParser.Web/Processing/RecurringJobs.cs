using Hangfire;

namespace LetterParser.Web.Processing;

public static class RecurringJobs
{
    /// <summary>
    /// Registers the retention job for a worker-only process (the web front does it in MapLetterProcessing).
    /// AddOrUpdate with a fixed id is idempotent, so every process may call it against the shared storage.
    /// </summary>
    public static WebApplication RegisterRecurringJobs(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<RetentionJob>(RetentionJob.RecurringJobId, job => job.RunAsync(), Cron.Hourly());
        return app;
    }
}
