using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using LetterParser.Core.Pipeline;
using LetterParser.Extraction;
using LetterParser.Extraction.Isolation;
using LetterParser.Web.Hosting;
using LetterParser.Web.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Processing;

public static class ProcessingExtensions
{
    /// <summary>
    /// The pipeline, Hangfire with its embedded in-memory storage, and the job server (one worker per core).
    /// </summary>
    public static IHostApplicationBuilder AddLetterProcessing(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LetterProcessingOptions>().BindConfiguration("Processing");
        services.AddSingleton(sp => builder.Configuration.GetSection("Limits").Get<LetterLimits>() ?? LetterLimits.Default);
        // Letters are read in reader processes, never in this one (which holds the queue and the other letters):
        // one reader per job worker, each stopped at the job's time limit. The container disposes them.
        services.AddSingleton(sp =>
        {
            var processing = sp.GetRequiredService<IOptions<LetterProcessingOptions>>().Value;
            return new IsolatedDocumentSource(sp.GetRequiredService<LetterLimits>(), new ReaderIsolationOptions
            {
                Readers = processing.Workers,
                WallTime = processing.JobTimeout,
                CpuTime = processing.JobTimeout,
            });
        });
        services.AddSingleton(sp => PipelineFactory.CreateIsolated(sp.GetRequiredService<IsolatedDocumentSource>(), sp.GetRequiredService<LetterLimits>(), sp.GetRequiredService<TimeProvider>()));
        services.AddTransient<ProcessLetterJob>();
        services.AddTransient<RetentionJob>();

        // Hangfire's defaults for these are process-wide statics (JobStorage.Current, JobActivator.Current, and the
        // log provider, see HostLogProvider).
        // Each host registers its own, so that jobs resolve services from the host that queued them and two
        // hosts in one process (the tests, or a web and a worker host) never share a queue.
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<JobStorage>(sp => PostgresStorageExtensions.IsPostgres(builder.Configuration)
            ? PostgresStorageExtensions.CreateJobStorage(sp)
            : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));

        if (Roles.RunsJobServer(builder.Configuration))
        {
            services.AddHangfireServer((sp, server) =>
            {
                var workers = sp.GetRequiredService<IOptions<LetterProcessingOptions>>().Value.Workers;
                server.WorkerCount = workers > 0 ? workers : Environment.ProcessorCount;
                server.Queues = LetterQueues.ServerQueues;
                server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                // The job cancels on the host's stopping signal; this bounds the wait for workers to let go of their
                // letters, which then go back to the queue.
                server.ShutdownTimeout = sp.GetRequiredService<IOptions<LetterProcessingOptions>>().Value.ShutdownTimeout;
            });
            // Only the in-memory queue forgets jobs on restart. PostgreSQL keeps its queue, and there every worker
            // that starts would queue every unfinished letter a second time.
            if (!PostgresStorageExtensions.IsPostgres(builder.Configuration))
                services.AddHostedService<RequeueUnfinishedLetters>();
        }
        return builder;
    }

    /// <summary>The dashboard at /hangfire (operator key only) and the recurring retention job.</summary>
    public static WebApplication MapLetterProcessing(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new OperatorDashboardAuthorizationFilter(app.Services.GetRequiredService<IOptions<AccessOptions>>().Value.OperatorKey)],
            DisplayStorageConnectionString = false,
        });
        return app.RegisterRecurringJobs();
    }
}
