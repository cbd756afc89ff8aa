using Hangfire.PostgreSql;
using LetterParser.Web.Storage.Postgres;
using LetterParser.Web.Tests.Support;

namespace LetterParser.Web.Tests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests
{
    [PostgresFact]
    public async Task MigratingTwiceIsHarmless()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var dataSource = database.CreateDataSource();

        await PostgresSchema.MigrateAsync(dataSource, InstallHangfire, default);
        await PostgresSchema.MigrateAsync(dataSource, InstallHangfire, default);

        Assert.Equal(PostgresSchema.LatestVersion, await database.ScalarAsync("SELECT count(*) FROM letterparser.schema_migrations"));
        Assert.Equal(4, await database.ScalarAsync(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'letterparser' AND table_name IN ('letters', 'reports', 'batches', 'data_protection_keys')"));
        Assert.True(await database.ScalarAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'jobqueue'") == 1);
    }

    [PostgresFact]
    public async Task ProcessesStartingTogetherMigrateOnce()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var dataSources = Enumerable.Range(0, 8).Select(_ => database.CreateDataSource()).ToList();
        try
        {
            // Separate data sources stand in for separate processes: each has its own connections and sessions.
            await Task.WhenAll(dataSources.Select(dataSource => Task.Run(() => PostgresSchema.MigrateAsync(dataSource, InstallHangfire, default))));

            Assert.Equal(PostgresSchema.LatestVersion, await database.ScalarAsync("SELECT count(*) FROM letterparser.schema_migrations"));
        }
        finally
        {
            foreach (var dataSource in dataSources)
                await dataSource.DisposeAsync();
        }
    }

    private static void InstallHangfire(Npgsql.NpgsqlConnection connection) =>
        PostgreSqlObjectsInstaller.Install(connection, PostgresSchema.HangfireSchema);
}
