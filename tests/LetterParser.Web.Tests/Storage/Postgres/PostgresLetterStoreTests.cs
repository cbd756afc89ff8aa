using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Web.Processing;
using LetterParser.Web.Storage;
using LetterParser.Web.Storage.Postgres;
using LetterParser.Web.Tests.Support;

namespace LetterParser.Web.Tests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresLetterStoreTests : IAsyncLifetime
{
    private TestPostgres _database = null!;
    private Npgsql.NpgsqlDataSource _dataSource = null!;
    private PostgresLetterStore _store = null!;

    public async Task InitializeAsync()
    {
        if (TestPostgres.ServerConnectionString is null && !TestPostgres.InCi)
            return; // skipped: the attribute says why
        _database = await TestPostgres.CreateDatabaseAsync();
        _dataSource = _database.CreateDataSource();
        await PostgresSchema.MigrateAsync(_dataSource, null, CancellationToken.None);
        _store = new PostgresLetterStore(_dataSource, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
            await _dataSource.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }

    [PostgresFact]
    public async Task LetterRoundTripsWithItsBytesStatusAndReport()
    {
        var content = TestLetters.RefusalPdf();
        var added = await _store.AddAsync(new IncomingLetter("refusal.pdf", content, new DateOnly(2026, 11, 20)), null, default);

        var found = await _store.FindAsync(added.Id, default);
        Assert.Equal(added with { CreatedAt = found!.CreatedAt }, found);
        Assert.Equal(LetterStatus.Queued, found.Status);
        Assert.Equal(new DateOnly(2026, 11, 20), found.NotifiedOn);
        Assert.Equal(content, await _store.ReadContentAsync(added.Id, default));

        var started = await _store.BeginAttemptAsync(added.Id, default);
        Assert.Equal((LetterStatus.Processing, 1), (started!.Status, started.Attempts));

        var report = new ErrorReport("refusal.pdf", new ErrorDetail(ErrorCode.CorruptFile, "The PDF is damaged."));
        await _store.SaveReportAsync(added.Id, report, default);
        Assert.Equal(ReportJson.Serialize(report), await _store.ReadReportJsonAsync(added.Id, default));
        var failed = await _store.FindAsync(added.Id, default);
        Assert.Equal(LetterStatus.Failed, failed!.Status);
        Assert.Equal(report.Error, failed.Failure);

        Assert.True(await _store.DeleteAsync(added.Id, default));
        Assert.Null(await _store.FindAsync(added.Id, default));
        Assert.Null(await _store.ReadReportJsonAsync(added.Id, default));
        Assert.False(await _store.DeleteAsync(added.Id, default));
    }

    [PostgresFact]
    public async Task SecondReportForTheSameLetterIsIgnoredAndTheLetterStaysFinished()
    {
        var added = await _store.AddAsync(new IncomingLetter("a.pdf", new byte[] { 1, 2, 3 }), null, default);
        var first = new ErrorReport("a.pdf", new ErrorDetail(ErrorCode.UnsupportedType, "first"));
        await _store.SaveReportAsync(added.Id, first, default);

        await _store.SaveReportAsync(added.Id, new ErrorReport("a.pdf", new ErrorDetail(ErrorCode.Internal, "second")), default);
        var again = await _store.BeginAttemptAsync(added.Id, default);
        await _store.MarkFailedAsync(added.Id, new ErrorDetail(ErrorCode.Internal, "third"), default);

        Assert.Equal(ReportJson.Serialize(first), await _store.ReadReportJsonAsync(added.Id, default));
        Assert.Equal(LetterStatus.Failed, again!.Status);
        Assert.Equal(0, again.Attempts);
        Assert.Equal("first", (await _store.FindAsync(added.Id, default))!.Failure!.Message);
        Assert.Equal(1, await _database.ScalarAsync("SELECT count(*) FROM letterparser.reports"));
    }

    [PostgresFact]
    public async Task ConcurrentReportsForOneLetterLeaveExactlyOne()
    {
        var added = await _store.AddAsync(new IncomingLetter("a.pdf", new byte[] { 1 }), null, default);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            _store.SaveReportAsync(added.Id, new ErrorReport("a.pdf", new ErrorDetail(ErrorCode.Internal, $"run {i}")), default)));

        Assert.Equal(1, await _database.ScalarAsync("SELECT count(*) FROM letterparser.reports"));
        var letter = await _store.FindAsync(added.Id, default);
        Assert.Contains(letter!.Failure!.Message, (await _store.ReadReportJsonAsync(added.Id, default))!);
    }

    [PostgresFact]
    public async Task BatchKeepsUploadOrderAndRetentionRemovesOnlyOldOnes()
    {
        IBatchStore batches = _store;
        ILetterStore letters = _store;
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add((await letters.AddAsync(new IncomingLetter($"{i}.pdf", new byte[] { (byte)i }), "b", default)).Id);
        var batch = new StoredBatch(LetterId.New(), DateTimeOffset.UtcNow, ids);
        await batches.SaveAsync(batch, default);

        var found = await batches.FindAsync(batch.Id, default);
        Assert.Equal(ids, found!.LetterIds);

        Assert.Equal(0, await batches.DeleteCreatedBeforeAsync(DateTimeOffset.UtcNow.AddDays(-1), default));
        Assert.Equal(0, await letters.DeleteCreatedBeforeAsync(DateTimeOffset.UtcNow.AddDays(-1), default));
        Assert.Equal(1, await batches.DeleteCreatedBeforeAsync(DateTimeOffset.UtcNow.AddMinutes(1), default));
        Assert.Equal(3, await letters.DeleteCreatedBeforeAsync(DateTimeOffset.UtcNow.AddMinutes(1), default));
        Assert.Null(await batches.FindAsync(batch.Id, default));
    }

    [PostgresFact]
    public async Task OnlyQueuedAndProcessingLettersAreUnfinished()
    {
        var queued = await _store.AddAsync(new IncomingLetter("q.pdf", new byte[] { 1 }), null, default);
        var processing = await _store.AddAsync(new IncomingLetter("p.pdf", new byte[] { 1 }), null, default);
        var done = await _store.AddAsync(new IncomingLetter("d.pdf", new byte[] { 1 }), null, default);
        await _store.BeginAttemptAsync(processing.Id, default);
        await _store.SaveReportAsync(done.Id, new ErrorReport("d.pdf", new ErrorDetail(ErrorCode.EmptyFile, "empty")), default);

        Assert.Equal([queued.Id, processing.Id], await _store.ListUnfinishedAsync(default));
    }

    [PostgresFact]
    public async Task ProgressIsKeptOnlyDuringAnAttemptAndEachAttemptStartsWithoutOne()
    {
        await LetterStoreChecks.ProgressIsKeptOnlyDuringAnAttemptAsync(_store);

        Assert.Equal(0, await _database.ScalarAsync("SELECT count(*) FROM letterparser.letters WHERE progress_stage IS NOT NULL"));
    }

    [PostgresFact]
    public async Task TheJobsProgressRecorderWritesOnlyWhenTheStageOrPageChanges()
    {
        var letter = await _store.AddAsync(new IncomingLetter("scan.pdf", new byte[] { 1 }), null, default);
        await _store.BeginAttemptAsync(letter.Id, default);
        // Counts every update that sets a progress column, whatever its value.
        foreach (var sql in new[]
        {
            "CREATE TABLE public.progress_writes (at timestamptz NOT NULL DEFAULT now())",
            "CREATE FUNCTION public.count_progress_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.progress_writes DEFAULT VALUES; RETURN NEW; END $$",
            "CREATE TRIGGER progress_writes AFTER UPDATE OF progress_stage, progress_page, progress_pages ON letterparser.letters FOR EACH ROW EXECUTE FUNCTION public.count_progress_write()",
        })
        {
            await using var command = _dataSource.CreateCommand(sql);
            await command.ExecuteNonQueryAsync();
        }

        await using (var recorder = new LetterProgressRecorder(_store, letter.Id, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, default))
        {
            // Spaced out so that each report would have had time to be written on its own.
            foreach (var progress in new[] { ReadingProgress.OcrPage(1, 2), ReadingProgress.OcrPage(2, 2), ReadingProgress.Matching })
            {
                for (var i = 0; i < 40; i++)
                {
                    recorder.Report(progress);
                    await Task.Delay(5);
                }
            }
        }

        Assert.Equal(3, await _database.ScalarAsync("SELECT count(*) FROM public.progress_writes"));
        Assert.Equal(ReadingProgress.Matching, await _store.ReadProgressAsync(letter.Id, default));
    }

    [PostgresFact]
    public async Task MalformedIdsReadAsMissing()
    {
        Assert.Null(await _store.FindAsync("../../etc/passwd", default));
        Assert.Null(await _store.ReadContentAsync("x", default));
        Assert.Null(await ((IBatchStore)_store).FindAsync("'; DROP TABLE x; --", default));
        Assert.False(await _store.DeleteAsync("", default));
    }
}
