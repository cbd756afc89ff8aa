using Hangfire;

namespace LetterParser.Web.Processing;

public static class RecurringJobs
{
    /// <summary>
    /// Registers the retention job: the one place it is, called by the web front (MapLetterProcessing) and by a
    /// worker-only process alike.
    /// AddOrUpdate with a fixed id is idempotent, so every process may call it against the shared storage.
    /// </summary>
    public static WebApplication RegisterRecurringJobs(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<RetentionJob>(RetentionJob.RecurringJobId, job => job.RunAsync(), Cron.Hourly());
        return app;
    }
}
