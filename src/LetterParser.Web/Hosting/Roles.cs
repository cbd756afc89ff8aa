using LetterParser.Web.Processing;
using LetterParser.Web.Storage;
using LetterParser.Web.Storage.Postgres;

namespace LetterParser.Web.Hosting;

/// <summary>What one process of the service does: <c>Role=all|web|worker</c> (environment or <c>--Role</c>).</summary>
public enum AppRole
{
    /// <summary>Web front and job server in one process: the default, and all a single machine needs.</summary>
    All,

    /// <summary>Pages, API and dashboard; jobs are only queued, for worker processes to run.</summary>
    Web,

    /// <summary>The Hangfire job server only, plus <c>/health</c> on <c>Worker:HealthUrl</c>.</summary>
    Worker,
}

public static class Roles
{
    public const string DefaultWorkerHealthUrl = "http://127.0.0.1:5081";

    public static AppRole Of(IConfiguration configuration) => configuration["Role"]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => AppRole.All,
        "web" => AppRole.Web,
        "worker" => AppRole.Worker,
        var role => throw new InvalidOperationException($"Role '{role}' is not known; use all (default), web or worker."),
    };

    /// <summary>Whether this process runs the Hangfire server: every role but web, unless Processing:RunServer is false.</summary>
    public static bool RunsJobServer(IConfiguration configuration)
    {
        var role = Of(configuration);
        // The embedded queue lives in one process's memory: a web-only or worker-only process would never meet the other half.
        if (role != AppRole.All && !PostgresStorageExtensions.IsPostgres(configuration))
            throw new InvalidOperationException($"Role={role.ToString().ToLowerInvariant()} needs the shared queue: set Storage:Provider=Postgres (Storage__Provider) and ConnectionStrings:LetterParser, or run with Role=all.");
        return role != AppRole.Web && configuration.GetValue("Processing:RunServer", true);
    }

    /// <summary>
    /// When <c>Role=worker</c>, runs the worker process until it is stopped and returns true; otherwise returns false
    /// at once and the caller goes on to build the web front. A worker has no pages, API or dashboard: it shares the
    /// queue and the store with the web processes through PostgreSQL and answers only <c>/health</c> and
    /// <c>/health/ready</c>, on its own address so that it can run next to a web process.
    /// </summary>
    public static bool RunWorkerIfAsked(string[] args)
    {
        // Only the environment and the command line choose the role, read before any host exists: building a full
        // web builder just to look would set up file watchers that a web process then never disposes.
        var early = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        if (Of(early) != AppRole.Worker)
            return false;

        var builder = WebApplication.CreateBuilder(args);

        builder.WebHost.UseUrls(builder.Configuration["Worker:HealthUrl"] is { Length: > 0 } url ? url : DefaultWorkerHealthUrl);
        builder.Services.AddHealthChecks();
        builder.AddLetterStorage();
        builder.AddLetterProcessing();

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.RegisterRecurringJobs();
        app.Run();
        return true;
    }

    /// <summary>Liveness and readiness; both include the storage check, readiness is only that.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        return app;
    }
}
