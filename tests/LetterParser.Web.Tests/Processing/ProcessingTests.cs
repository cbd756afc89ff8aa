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
    private readonly LetterParserWebFactory _factory = new() { Settings = { ["Retention:Days"] = "0" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task LettersAndBatchesOlderThanTheRetentionAreDeleted()
    {
        _ = _factory.Server;
        using var scope = _factory.Services.CreateScope();
        var letters = scope.ServiceProvider.GetRequiredService<ILetterStore>();
        var batches = scope.ServiceProvider.GetRequiredService<IBatchStore>();
        var letter = await letters.AddAsync(new IncomingLetter("a.pdf", "x"u8.ToArray()), null, CancellationToken.None);
        var batch = new StoredBatch(LetterId.New(), DateTimeOffset.UtcNow.AddMinutes(-1), [letter.Id]);
        await batches.SaveAsync(batch, CancellationToken.None);
        await Task.Delay(20);

        await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync();

        Assert.Null(await letters.FindAsync(letter.Id, CancellationToken.None));
        Assert.Null(await batches.FindAsync(batch.Id, CancellationToken.None));
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
