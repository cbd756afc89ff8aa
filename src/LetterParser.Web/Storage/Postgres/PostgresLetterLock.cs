using LetterParser.Web.Processing;
using Npgsql;

namespace LetterParser.Web.Storage.Postgres;

/// <summary>
/// A PostgreSQL session advisory lock per letter, held on its own connection for the length of the job. It works
/// across processes and machines, and a worker that dies (even by SIGKILL) loses its connection and so its lock.
/// </summary>
public sealed class PostgresLetterLock(NpgsqlDataSource dataSource) : ILetterLock
{
    public async Task<IAsyncDisposable> AcquireAsync(string letterId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            // hashtextextended spreads ids over the 64-bit key space; the prefix keeps clear of the migration lock.
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended('letter:' || $1, 0))", connection);
            command.Parameters.Add(new() { Value = letterId });
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, letterId);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, string letterId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended('letter:' || $1, 0))", connection);
                command.Parameters.Add(new() { Value = letterId });
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The connection broke (database restart): the server dropped the session and its lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
