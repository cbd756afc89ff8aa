using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using Npgsql;
using NpgsqlTypes;

namespace LetterParser.Web.Storage.Postgres;

/// <summary>
/// Letters, reports and batches in PostgreSQL, shared by every web and worker process. Each letter has at most
/// one report (the primary key of <c>reports</c>): the first report saved wins, and a job that runs a second time
/// after its worker was presumed dead cannot add another. Status changes are guarded in SQL, so a finished letter
/// never goes back to processing.
/// </summary>
public sealed class PostgresLetterStore(NpgsqlDataSource dataSource, TimeProvider clock) : ILetterStore, IBatchStore
{
    private const string LetterColumns = "id, file_name, batch_id, created_at, status, notified_on, attempts, failure_code, failure_message, secret_hash, client";

    public async Task<StoredLetter> AddAsync(IncomingLetter letter, string? batchId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = new StoredLetter(LetterId.New(), letter.FileName, batchId, now, LetterStatus.Queued, letter.NotifiedOn, 0, null,
            letter.SecretHash, letter.Client);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO letterparser.letters (id, file_name, batch_id, created_at, updated_at, status, notified_on, attempts, content, secret_hash, client)
            VALUES ($1, $2, $3, $4, $4, 'queued', $5, 0, $6, $7, $8)
            """);
        command.Parameters.Add(new() { Value = stored.Id });
        command.Parameters.Add(new() { Value = stored.FileName });
        command.Parameters.Add(new() { Value = (object?)batchId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = now });
        command.Parameters.Add(new() { Value = (object?)letter.NotifiedOn ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new() { Value = letter.Content.ToArray(), NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new() { Value = (object?)letter.SecretHash ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)letter.Client ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return stored;
    }

    public async Task<StoredLetter?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return null;
        await using var command = dataSource.CreateCommand($"SELECT {LetterColumns} FROM letterparser.letters WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        return await ReadLetterAsync(command, cancellationToken);
    }

    public async Task<byte[]?> ReadContentAsync(string id, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return null;
        await using var command = dataSource.CreateCommand("SELECT content FROM letterparser.letters WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task<StoredLetter?> BeginAttemptAsync(string id, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return null;
        // A finished letter keeps its status; the caller sees it finished and leaves it alone.
        await using var command = dataSource.CreateCommand($"""
            WITH started AS (
                UPDATE letterparser.letters SET status = 'processing', attempts = attempts + 1, updated_at = $2,
                    progress_stage = NULL, progress_page = NULL, progress_pages = NULL
                WHERE id = $1 AND status IN ('queued', 'processing')
                RETURNING {LetterColumns})
            SELECT {LetterColumns} FROM started
            UNION ALL
            SELECT {LetterColumns} FROM letterparser.letters WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM started)
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = clock.GetUtcNow() });
        return await ReadLetterAsync(command, cancellationToken);
    }

    public async Task SaveProgressAsync(string id, ReadingProgress progress, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return;
        // Three numbers on one row, and only while the letter is processing: a late write after the report is a no-op.
        await using var command = dataSource.CreateCommand("""
            UPDATE letterparser.letters SET progress_stage = $2, progress_page = $3, progress_pages = $4
            WHERE id = $1 AND status = 'processing'
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = StageName(progress.Stage) });
        command.Parameters.Add(new() { Value = (object?)progress.Page ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new() { Value = (object?)progress.Pages ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ReadingProgress?> ReadProgressAsync(string id, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return null;
        await using var command = dataSource.CreateCommand("""
            SELECT progress_stage, progress_page, progress_pages FROM letterparser.letters
            WHERE id = $1 AND status = 'processing' AND progress_stage IS NOT NULL
            """);
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return reader.GetString(0) switch
        {
            "reading-text" => ReadingProgress.ReadingText,
            "matching" => ReadingProgress.Matching,
            "ocr" when !reader.IsDBNull(1) && !reader.IsDBNull(2) => new ReadingProgress(ReadingStage.Ocr, reader.GetInt32(1), reader.GetInt32(2)),
            // A stage written by a newer build: the page says only that the letter is being read.
            _ => null,
        };
    }

    public async Task<int> CountQueuedAheadAsync(StoredLetter letter, CancellationToken cancellationToken)
    {
        // The same rule as the workers' queues (LetterQueues): single letters first, each queue oldest first.
        await using var command = dataSource.CreateCommand(letter.BatchId is null
            ? "SELECT count(*) FROM letterparser.letters WHERE status = 'queued' AND id <> $1 AND batch_id IS NULL AND created_at < $2"
            : "SELECT count(*) FROM letterparser.letters WHERE status = 'queued' AND id <> $1 AND (batch_id IS NULL OR created_at < $2)");
        command.Parameters.Add(new() { Value = letter.Id });
        command.Parameters.Add(new() { Value = letter.CreatedAt });
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task SaveReportAsync(string id, LetterReport report, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return;
        var failure = (report as ErrorReport)?.Error;
        // One statement: the report row and the status change commit together or not at all. ON CONFLICT keeps the
        // first report, and the status only moves when this call's report is the one that was kept. A failed letter's
        // bytes go at once: only its error report is worth keeping.
        await using var command = dataSource.CreateCommand("""
            WITH saved AS (
                INSERT INTO letterparser.reports (letter_id, report_json, created_at)
                SELECT id, $2, $3 FROM letterparser.letters WHERE id = $1
                ON CONFLICT (letter_id) DO NOTHING
                RETURNING letter_id)
            UPDATE letterparser.letters l
            SET status = $4, failure_code = $5, failure_message = $6, updated_at = $3,
                progress_stage = NULL, progress_page = NULL, progress_pages = NULL,
                content = CASE WHEN $4 = 'failed' THEN ''::bytea ELSE l.content END
            FROM saved WHERE l.id = saved.letter_id AND l.status IN ('queued', 'processing')
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = ReportJson.Serialize(report) });
        command.Parameters.Add(new() { Value = clock.GetUtcNow() });
        command.Parameters.Add(new() { Value = failure is null ? "completed" : "failed" });
        command.Parameters.Add(new() { Value = (object?)failure?.Code.ToString() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)failure?.Message ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(string id, ErrorDetail failure, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return;
        await using var command = dataSource.CreateCommand("""
            UPDATE letterparser.letters SET status = 'failed', failure_code = $2, failure_message = $3, updated_at = $4,
                progress_stage = NULL, progress_page = NULL, progress_pages = NULL
            WHERE id = $1 AND status IN ('queued', 'processing')
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = failure.Code.ToString() });
        command.Parameters.Add(new() { Value = failure.Message });
        command.Parameters.Add(new() { Value = clock.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> ReadReportJsonAsync(string id, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return null;
        await using var command = dataSource.CreateCommand("SELECT report_json FROM letterparser.reports WHERE letter_id = $1");
        command.Parameters.Add(new() { Value = id });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return false;
        await using var command = dataSource.CreateCommand("DELETE FROM letterparser.letters WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<int> CountUnfinishedAsync(string client, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT count(*) FROM letterparser.letters WHERE client = $1 AND status IN ('queued', 'processing')");
        command.Parameters.Add(new() { Value = client });
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<string>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM letterparser.letters WHERE status IN ('queued', 'processing') ORDER BY created_at");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetString(0));
        return ids;
    }

    async Task<int> ILetterStore.DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM letterparser.letters WHERE created_at < $1");
        command.Parameters.Add(new() { Value = cutoff });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SaveAsync(StoredBatch batch, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(batch.Id))
            throw new ArgumentException("Invalid batch id.", nameof(batch));
        await using var command = dataSource.CreateCommand("""
            INSERT INTO letterparser.batches (id, created_at, letter_ids, owner) VALUES ($1, $2, $3, $4)
            ON CONFLICT (id) DO UPDATE SET letter_ids = excluded.letter_ids
            """);
        command.Parameters.Add(new() { Value = batch.Id });
        command.Parameters.Add(new() { Value = batch.CreatedAt });
        command.Parameters.Add(new() { Value = batch.LetterIds.ToArray() });
        command.Parameters.Add(new() { Value = (object?)batch.Owner ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    async Task<StoredBatch?> IBatchStore.FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!LetterId.IsValid(id))
            return null;
        await using var command = dataSource.CreateCommand("SELECT id, created_at, letter_ids, owner FROM letterparser.batches WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new StoredBatch(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<string[]>(2),
            reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    async Task<int> IBatchStore.DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM letterparser.batches WHERE created_at < $1");
        command.Parameters.Add(new() { Value = cutoff });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<StoredLetter?> ReadLetterAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        var failure = reader.IsDBNull(7) ? null
            : new ErrorDetail(Enum.TryParse<ErrorCode>(reader.GetString(7), out var code) ? code : ErrorCode.Internal, reader.GetString(8));
        return new StoredLetter(
            Id: reader.GetString(0),
            FileName: reader.GetString(1),
            BatchId: reader.IsDBNull(2) ? null : reader.GetString(2),
            CreatedAt: reader.GetFieldValue<DateTimeOffset>(3),
            Status: ParseStatus(reader.GetString(4)),
            NotifiedOn: reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
            Attempts: reader.GetInt32(6),
            Failure: failure,
            SecretHash: reader.IsDBNull(9) ? null : reader.GetString(9),
            Client: reader.IsDBNull(10) ? null : reader.GetString(10));
    }

    private static string StageName(ReadingStage stage) => stage switch
    {
        ReadingStage.ReadingText => "reading-text",
        ReadingStage.Ocr => "ocr",
        ReadingStage.Matching => "matching",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    private static LetterStatus ParseStatus(string status) => status switch
    {
        "queued" => LetterStatus.Queued,
        "processing" => LetterStatus.Processing,
        "completed" => LetterStatus.Completed,
        "failed" => LetterStatus.Failed,
        _ => throw new InvalidOperationException($"Unknown letter status '{status}' in the database."),
    };
}
