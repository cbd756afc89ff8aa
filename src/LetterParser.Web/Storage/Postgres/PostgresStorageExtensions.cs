using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using LetterParser.Web.Processing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LetterParser.Web.Storage.Postgres;

/// <summary>Configuration section <c>Storage:Postgres</c>; the connection string is <c>ConnectionStrings:LetterParser</c>.</summary>
public sealed class PostgresOptions
{
    /// <summary>
    /// How long a fetched job stays invisible to other workers without a sign of life from its worker. The worker
    /// renews it while the job runs (sliding), so this is how long the jobs of a killed worker wait before another
    /// worker takes them, not a limit on how long a letter may take.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle worker looks for new jobs.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a starting process waits for the database to come up (e.g. in compose) before giving up.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);
}

public static class PostgresStorageExtensions
{
    public const string ConnectionStringName = "LetterParser";

    /// <summary>True when <c>Storage:Provider</c> is <c>Postgres</c> (or <c>PostgreSQL</c>).</summary>
    public static bool IsPostgres(IConfiguration configuration) =>
        configuration["Storage:Provider"] is { } provider
        && (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Letters, reports, batches and data-protection keys in PostgreSQL. The schema (ours and Hangfire's) is created
    /// or upgraded when the data source is first resolved, i.e. while the process starts.
    /// </summary>
    public static IHostApplicationBuilder AddPostgresLetterStorage(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"Storage:Provider is Postgres but no connection string is set: set ConnectionStrings:{ConnectionStringName} (environment variable ConnectionStrings__{ConnectionStringName}).");

        var services = builder.Services;
        services.AddOptions<PostgresOptions>().BindConfiguration("Storage:Postgres");
        services.AddSingleton(sp => CreateMigratedDataSource(connectionString,
            sp.GetRequiredService<IOptions<PostgresOptions>>().Value, sp.GetRequiredService<ILogger<PostgresLetterStore>>()));
        services.AddSingleton<PostgresLetterStore>();
        services.AddSingleton<ILetterStore>(sp => sp.GetRequiredService<PostgresLetterStore>());
        services.AddSingleton<IBatchStore>(sp => sp.GetRequiredService<PostgresLetterStore>());
        services.AddSingleton<ILetterLock, PostgresLetterLock>();

        services.AddDataProtection().SetApplicationName("LetterParser");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceProvider>((keys, sp) => keys.XmlRepository = new PostgresXmlRepository(sp.GetRequiredService<NpgsqlDataSource>()));

        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("storage", tags: [HealthTags.Ready]);
        return builder;
    }

    /// <summary>Hangfire's queue in the same database (schema <c>hangfire</c>), shared by every process.</summary>
    public static JobStorage CreateJobStorage(IServiceProvider services)
    {
        // Resolving the data source first runs the migration, which installs Hangfire's tables under our lock.
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(dataSource.ConnectionString, HangfireOptions(services)), HangfireOptions(services));
    }

    private static PostgreSqlStorageOptions HangfireOptions(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PostgresOptions>>().Value;
        return new PostgreSqlStorageOptions
        {
            SchemaName = PostgresSchema.HangfireSchema,
            PrepareSchemaIfNecessary = false,
            InvisibilityTimeout = options.InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = options.QueuePollInterval,
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
    }

    private static NpgsqlDataSource CreateMigratedDataSource(string connectionString, PostgresOptions options, ILogger logger)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var deadline = DateTimeOffset.UtcNow + options.StartupTimeout;
        while (true)
        {
            try
            {
                PostgresSchema.MigrateAsync(dataSource, connection => PostgreSqlObjectsInstaller.Install(connection, PostgresSchema.HangfireSchema), CancellationToken.None)
                    .GetAwaiter().GetResult();
                logger.LogInformation("PostgreSQL schema is at version {Version}", PostgresSchema.LatestVersion);
                return dataSource;
            }
            catch (Exception e) when (IsTransient(e) && DateTimeOffset.UtcNow < deadline)
            {
                logger.LogWarning("PostgreSQL is not reachable yet ({ExceptionType}); retrying", e.GetType().Name);
                Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        PostgresException postgres => postgres.IsTransient || postgres.SqlState is "57P03" or "3D000",
        NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutException => true,
        _ => false,
    };
}
