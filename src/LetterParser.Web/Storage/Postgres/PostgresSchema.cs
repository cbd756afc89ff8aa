using Npgsql;

namespace LetterParser.Web.Storage.Postgres;

/// <summary>
/// Creates or upgrades the <c>letterparser</c> schema and Hangfire's own tables. Every process runs this at
/// start; a session-level advisory lock makes concurrent starts queue up behind each other, and each step is
/// recorded in <c>letterparser.schema_migrations</c>, so running it again (or from ten processes at once) is a no-op.
/// </summary>
public static class PostgresSchema
{
    public const string Name = "letterparser";
    public const string HangfireSchema = "hangfire";

    // Any fixed 64-bit number works; this one is "LetterPa" in ASCII, unlikely to collide with another app's lock.
    private const long MigrationLockKey = 0x4C65747465725061;

    /// <summary>Ordered steps; append only. A step's index + 1 is its version.</summary>
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE letterparser.letters (
            id          text PRIMARY KEY,
            file_name   text NOT NULL,
            batch_id    text,
            created_at  timestamptz NOT NULL,
            updated_at  timestamptz NOT NULL,
            status      text NOT NULL CHECK (status IN ('queued', 'processing', 'completed', 'failed')),
            notified_on date,
            attempts    integer NOT NULL DEFAULT 0,
            failure_code    text,
            failure_message text,
            content     bytea NOT NULL
        );
        CREATE INDEX letters_created_at ON letterparser.letters (created_at);
        CREATE TABLE letterparser.reports (
            letter_id   text PRIMARY KEY REFERENCES letterparser.letters (id) ON DELETE CASCADE,
            report_json text NOT NULL,
            created_at  timestamptz NOT NULL
        );
        CREATE TABLE letterparser.batches (
            id          text PRIMARY KEY,
            created_at  timestamptz NOT NULL,
            letter_ids  text[] NOT NULL
        );
        CREATE INDEX batches_created_at ON letterparser.batches (created_at);
        CREATE TABLE letterparser.data_protection_keys (
            name text PRIMARY KEY,
            xml  text NOT NULL
        );
        """,
        // Access model: the hash of each letter's secret, who uploaded it (for the per-client cap on queued work),
        // and the clinic key that owns each batch.
        """
        ALTER TABLE letterparser.letters ADD COLUMN secret_hash text, ADD COLUMN client text;
        CREATE INDEX letters_unfinished_client ON letterparser.letters (client) WHERE status IN ('queued', 'processing');
        ALTER TABLE letterparser.batches ADD COLUMN owner text;
        """,
        // Reading progress, written by the worker that holds the letter and read by every web process: three small
        // columns, so an update never copies the letter (its bytes sit in TOAST and are left as they are). The
        // partial index answers "how many are queued before this one" for the waiting page without a scan.
        """
        ALTER TABLE letterparser.letters ADD COLUMN progress_stage text, ADD COLUMN progress_page integer, ADD COLUMN progress_pages integer;
        CREATE INDEX letters_queued ON letterparser.letters (created_at) WHERE status = 'queued';
        """,
    ];

    /// <summary>The newest version this build knows.</summary>
    public static int LatestVersion => Steps.Length;

    /// <summary>
    /// Brings the database up to <see cref="LatestVersion"/> and installs Hangfire's tables, under the migration lock.
    /// <paramref name="installHangfire"/> runs inside the lock too, because Hangfire.PostgreSql's own installer does
    /// not guard against two processes installing at the same moment.
    /// </summary>
    public static async Task MigrateAsync(NpgsqlDataSource dataSource, Action<NpgsqlConnection>? installHangfire, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, """
                CREATE SCHEMA IF NOT EXISTS letterparser;
                CREATE TABLE IF NOT EXISTS letterparser.schema_migrations (
                    version    integer PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now()
                );
                """, cancellationToken);

            await using (var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM letterparser.schema_migrations", connection))
            {
                var current = (int)(await read.ExecuteScalarAsync(cancellationToken))!;
                if (current > LatestVersion)
                    throw new InvalidOperationException($"The database schema is at version {current}, newer than this build ({LatestVersion}). Upgrade LetterParser before starting it against this database.");
                for (var version = current + 1; version <= LatestVersion; version++)
                {
                    await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                    await ExecuteAsync(connection, transaction, Steps[version - 1], cancellationToken);
                    await ExecuteAsync(connection, transaction, $"INSERT INTO letterparser.schema_migrations (version) VALUES ({version})", cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
            }

            installHangfire?.Invoke(connection);
        }
        finally
        {
            // Closing the connection would release the lock too, but a pooled connection is not really closed.
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
