using Npgsql;

namespace LetterParser.Web.Tests.Support;

/// <summary>
/// The PostgreSQL the tests use: the throwaway cluster ./test.sh starts with scripts/start-test-postgres.sh,
/// found through <c>LETTERPARSER_TEST_PG</c>. Each test gets a database of its own, dropped when it is done.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    public const string ConnectionVariable = "LETTERPARSER_TEST_PG";
    public const string ClusterDirVariable = "LETTERPARSER_TEST_PG_DIR";

    private readonly string _server;

    private TestPostgres(string server, string database)
    {
        _server = server;
        Database = database;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = true }.ConnectionString;
    }

    public string Database { get; }

    /// <summary>Connection string of this test's own database.</summary>
    public string ConnectionString { get; }

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates an empty database on the test server.</summary>
    public static async Task<TestPostgres> CreateDatabaseAsync()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(
            $"PostgreSQL is not available: {ConnectionVariable} is not set. Run ./test.sh, which starts a throwaway cluster with " +
            $"scripts/start-test-postgres.sh, or run `eval \"$(scripts/start-test-postgres.sh)\"` before dotnet test.");
        var database = "lp_test_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(Unpooled(server));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
        await command.ExecuteNonQueryAsync();
        return new TestPostgres(server, database);
    }

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var dataSource = CreateDataSource();
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static string Unpooled(string server) => new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString;

    public async Task<List<long>> ScalarListAsync(string sql)
    {
        await using var dataSource = CreateDataSource();
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<long>();
        while (await reader.ReadAsync())
            values.Add(Convert.ToInt64(reader.GetValue(0)));
        return values;
    }

    public async ValueTask DisposeAsync()
    {
        // Unpooled: a pooled connection may have been cut by a database restart in the test.
        await using var connection = new NpgsqlConnection(Unpooled(_server));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// A test that needs PostgreSQL. Without <c>LETTERPARSER_TEST_PG</c> it is skipped on a developer machine, but under
/// CI (<c>CI=true</c>) it runs and fails with the reason, so a missing database never passes silently.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.ServerConnectionString is null && !TestPostgres.InCi)
            Skip = $"PostgreSQL is not available ({TestPostgres.ConnectionVariable} is not set); ./test.sh starts one.";
    }
}
