using System.Reflection;
using Hangfire;
using LetterParser.Core.Documents;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Web.Processing;
using LetterParser.Web.Storage;
using LetterParser.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Tests.Processing;

/// <summary>The jobs run directly against the app's real services, as Hangfire would run them.</summary>
public sealed class ProcessingTests(LetterParserWebFactory factory) : IClassFixture<LetterParserWebFactory>
{
    [Fact]
    public async Task ProcessLetterJobRunTwiceLeavesTheFirstReportAlone()
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ILetterStore>();
        var letter = await store.AddAsync(new IncomingLetter("notes.txt", "not a letter"u8.ToArray()), null, CancellationToken.None);
        var job = scope.ServiceProvider.GetRequiredService<ProcessLetterJob>();

        await job.RunAsync(letter.Id);
        var first = await store.ReadReportJsonAsync(letter.Id, CancellationToken.None);
        await job.RunAsync(letter.Id);

        Assert.NotNull(first);
        Assert.Equal(first, await store.ReadReportJsonAsync(letter.Id, CancellationToken.None));
        var stored = await store.FindAsync(letter.Id, CancellationToken.None);
        Assert.Equal(LetterStatus.Failed, stored!.Status);
        Assert.Equal(1, stored.Attempts);
    }

    [Fact]
    public async Task ProcessLetterJobForADeletedLetterDoesNothing()
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ILetterStore>();
        var letter = await store.AddAsync(new IncomingLetter("a.pdf", "x"u8.ToArray()), null, CancellationToken.None);
        await store.DeleteAsync(letter.Id, CancellationToken.None);

        await scope.ServiceProvider.GetRequiredService<ProcessLetterJob>().RunAsync(letter.Id);

        Assert.Null(await store.FindAsync(letter.Id, CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "letters", letter.Id)));
    }
}

public sealed class RetentionJobTests : IAsyncLifetime
{
    private const int RetentionDays = 30;
    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly LetterParserWebFactory _factory = new() { Settings = { ["Retention:Days"] = RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
    private WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task LettersAndBatchesOlderThanTheRetentionAreDeletedAndNewerOnesKept()
    {
        _ = _app.Server;
        using var scope = _app.Services.CreateScope();
        var letters = scope.ServiceProvider.GetRequiredService<ILetterStore>();
        var batches = scope.ServiceProvider.GetRequiredService<IBatchStore>();
        var old = await letters.AddAsync(new IncomingLetter("old.pdf", "x"u8.ToArray()), null, CancellationToken.None);
        var oldBatch = new StoredBatch(LetterId.New(), _clock.GetUtcNow(), [old.Id]);
        await batches.SaveAsync(oldBatch, CancellationToken.None);

        _clock.Advance(TimeSpan.FromDays(RetentionDays + 1));
        var recent = await letters.AddAsync(new IncomingLetter("recent.pdf", "x"u8.ToArray()), null, CancellationToken.None);
        // A day short of the retention: kept.
        var recentBatch = new StoredBatch(LetterId.New(), _clock.GetUtcNow().AddDays(-(RetentionDays - 1)), [recent.Id]);
        await batches.SaveAsync(recentBatch, CancellationToken.None);

        await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync();

        Assert.Null(await letters.FindAsync(old.Id, CancellationToken.None));
        Assert.Null(await batches.FindAsync(oldBatch.Id, CancellationToken.None));
        Assert.NotNull(await letters.FindAsync(recent.Id, CancellationToken.None));
        Assert.NotNull(await batches.FindAsync(recentBatch.Id, CancellationToken.None));
    }

    /// <summary>A clock the test moves by hand, so that "older than the retention" needs no waiting.</summary>
    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

public sealed class RequeueUnfinishedLettersTests : IAsyncLifetime
{
    private readonly LetterParserWebFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task LetterLeftQueuedByAPreviousRunIsProcessedAfterStartUp()
    {
        // A letter stored before the host starts stands for one whose in-memory queue entry died with a restart.
        var store = new FileSystemLetterStore(Options.Create(new StorageOptions { DataPath = _factory.DataPath }), TimeProvider.System);
        var (secret, hash) = LetterSecret.New();
        var letter = await store.AddAsync(new IncomingLetter("notes.txt", "not a letter"u8.ToArray(), SecretHash: hash), null, CancellationToken.None);

        using var client = _factory.CreateClient();
        var status = await client.WaitForLetterAsync($"/api/letters/{letter.Id}?secret={secret}");

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal("unsupported-type", status.GetProperty("error").GetProperty("code").GetString());
    }
}

/// <summary>An unexpected fault (not a bad file) is rethrown for Hangfire to retry, and reported once retries run out.</summary>
public sealed class ProcessLetterJobRetryTests : IAsyncLifetime
{
    private readonly LetterParserWebFactory _factory = new();
    private WebApplicationFactory<Program> _failing = null!;

    public Task InitializeAsync()
    {
        _failing = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(new LetterPipeline(new DiskFailingTextSource(), LetterCatalogue.LoadEmbedded(), LetterLimits.Default, TimeProvider.System))));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _failing.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task TransientFaultIsRethrownUntilRetriesRunOutThenTheLetterFailsAsInternal()
    {
        _ = _failing.Server;
        using var scope = _failing.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ILetterStore>();
        var letter = await store.AddAsync(new IncomingLetter("a.pdf", "%PDF-1.7"u8.ToArray()), null, CancellationToken.None);
        var job = scope.ServiceProvider.GetRequiredService<ProcessLetterJob>();

        for (var attempt = 1; attempt <= ProcessLetterJob.Retries; attempt++)
            await Assert.ThrowsAsync<IOException>(() => job.RunAsync(letter.Id));
        Assert.Equal(LetterStatus.Processing, (await store.FindAsync(letter.Id, CancellationToken.None))!.Status);
        await job.RunAsync(letter.Id);

        var stored = await store.FindAsync(letter.Id, CancellationToken.None);
        Assert.Equal(LetterStatus.Failed, stored!.Status);
        Assert.Equal(ErrorCode.Internal, stored.Failure!.Code);
        var retry = typeof(ProcessLetterJob).GetMethod(nameof(ProcessLetterJob.RunAsync))!.GetCustomAttribute<AutomaticRetryAttribute>()!;
        Assert.Equal(ProcessLetterJob.Retries, retry.Attempts);
    }

    /// <summary>A hand-made stand-in for a disk or network hiccup while reading: the kind of fault worth retrying.</summary>
    private sealed class DiskFailingTextSource : IDocumentTextSource
    {
        public Task<DocumentText> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) =>
            throw new IOException("The disk went away.");
    }
}
