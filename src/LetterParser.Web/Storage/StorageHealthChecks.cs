using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LetterParser.Web.Storage;

/// <summary>Tag of the checks that decide readiness (<c>/health/ready</c>): the store must be usable.</summary>
public static class HealthTags
{
    public const string Ready = "ready";
}

/// <summary>Embedded mode is ready when a file can be written to the data folder and removed again.</summary>
public sealed class DataFolderHealthCheck(IOptions<StorageOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(Path.GetFullPath(options.Value.DataPath), $".health-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy("The data folder is writable.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"The data folder cannot be written ({e.GetType().Name}).");
        }
    }
}

/// <summary>PostgreSQL mode is ready when the database answers and the schema is there.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT count(*) FROM letterparser.schema_migrations");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // Only the type: a connection error message can carry the host and user name.
            return HealthCheckResult.Unhealthy($"PostgreSQL is unreachable ({e.GetType().Name}).");
        }
    }
}
