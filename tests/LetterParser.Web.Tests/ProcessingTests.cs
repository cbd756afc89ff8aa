using LetterParser.Web.Processing;
using LetterParser.Web.Storage;
using LetterParser.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Tests;

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
        var letter = await store.AddAsync(new IncomingLetter("notes.txt", "not a letter"u8.ToArray()), null, CancellationToken.None);

        using var client = _factory.CreateClient();
        var status = await client.WaitForLetterAsync(letter.Id);

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal("unsupported-type", status.GetProperty("error").GetProperty("code").GetString());
    }
}
