using System.Net;
using LetterParser.Web.Tests.Support;
using static LetterParser.Web.Tests.Support.LetterApiClient;

namespace LetterParser.Web.Tests.Hosting;

/// <summary>Rate limits per client and key, the cap on queued work, the queue order, refused files gone at once.</summary>
public sealed class AbuseLimitsTests
{
    private const string Key = "abuse-clinic-key";

    [Fact]
    public async Task UploadsPastThePerMinuteLimitAreRefusedWith429AndRetryAfterWhileAnotherClientGoesOn()
    {
        await using var factory = Factory(("RateLimits:UploadsPerMinute", "2"));
        using var client = factory.CreateClient();
        using var other = factory.CreateClient();
        other.DefaultRequestHeaders.Add(LetterParserWebFactory.RemoteIpHeader, "203.0.113.9");

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/letters", Files(("a.txt", "x"u8.ToArray())))).StatusCode);
        var refused = await client.PostAsync("/api/letters", Files(("a.txt", "x"u8.ToArray())));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Accepted, (await other.PostAsync("/api/letters", Files(("a.txt", "x"u8.ToArray())))).StatusCode);
    }

    [Fact]
    public async Task BatchCreationPastTheLimitIsRefusedPerKey()
    {
        await using var factory = Factory(("RateLimits:BatchesPerMinute", "1"), ("ApiKeys:0", Key), ("ApiKeys:1", "second-key"));
        using var clinic = factory.CreateClient();
        clinic.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var secondClinic = factory.CreateClient();
        secondClinic.DefaultRequestHeaders.Add("X-Api-Key", "second-key");

        Assert.Equal(HttpStatusCode.Accepted, (await clinic.PostAsync("/api/batches", Files(("a.txt", "x"u8.ToArray())))).StatusCode);
        var refused = await clinic.PostAsync("/api/batches", Files(("a.txt", "x"u8.ToArray())));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        // Same address, another key: its own allowance.
        Assert.Equal(HttpStatusCode.Accepted, (await secondClinic.PostAsync("/api/batches", Files(("a.txt", "x"u8.ToArray())))).StatusCode);
    }

    [Fact]
    public async Task StatusPollingPastTheLimitIsRefusedWith429AndRetryAfter()
    {
        await using var factory = Factory(("RateLimits:StatusReadsPerMinute", "3"));
        using var client = factory.CreateClient();
        var accepted = await client.UploadAsync("a.txt", "x"u8.ToArray());

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(accepted.StatusUrl())).StatusCode);
        var refused = await client.GetAsync(accepted.StatusUrl());
        var page = await client.GetAsync(accepted.ReportUrl());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClientWithItsShareOfUnfinishedLettersIsRefusedWith429UntilSomeFinish()
    {
        // No job server: nothing finishes, so the queue only grows.
        await using var factory = Factory(("RateLimits:MaxQueuedPerClient", "2"), ("Processing:RunServer", "false"));
        using var client = factory.CreateClient();
        using var other = factory.CreateClient();
        other.DefaultRequestHeaders.Add(LetterParserWebFactory.RemoteIpHeader, "203.0.113.10");

        await client.UploadAsync("a.pdf", TestLetters.RefusalPdf());
        await client.UploadAsync("b.pdf", TestLetters.RefusalPdf());
        var refused = await client.PostAsync("/api/letters", Files(("c.pdf", TestLetters.RefusalPdf())));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("waiting to be read", (await refused.ReadJsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(factory.DataPath, "letters")).Length);
        Assert.Equal(HttpStatusCode.Accepted, (await other.PostAsync("/api/letters", Files(("c.pdf", TestLetters.RefusalPdf())))).StatusCode);
    }

    [Fact]
    public async Task BatchThatWouldPassTheKeysQueueCapIsRefusedAndLeavesNoFileBehind()
    {
        await using var factory = Factory(("RateLimits:MaxQueuedPerKey", "3"), ("Processing:RunServer", "false"), ("ApiKeys:0", Key));
        using var clinic = factory.CreateClient();
        clinic.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var zip = TestLetters.Zip([.. Enumerable.Range(1, 5).Select(i => ($"{i}.pdf", TestLetters.RefusalPdf()))]);

        var refused = await clinic.PostAsync("/api/batches", Files(("letters.zip", zip)));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Empty(Directory.GetDirectories(Path.Combine(factory.DataPath, "letters")));
    }

    [Fact]
    public async Task SingleLetterIsReadBeforeTheRestOfAnEarlierBatch()
    {
        await using var factory = Factory(("Processing:Workers", "1"), ("ApiKeys:0", Key));
        using var clinic = factory.CreateClient();
        clinic.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var longLetter = TestLetters.LongPdf(pages: 40);
        var batch = await (await clinic.PostAsync("/api/batches", Files([.. Enumerable.Range(1, 8).Select(i => ($"{i}.pdf", longLetter))]))).ReadJsonAsync();
        using var applicant = factory.CreateClient();
        applicant.DefaultRequestHeaders.Add(LetterParserWebFactory.RemoteIpHeader, "203.0.113.11");

        var single = await applicant.UploadAsync("mine.pdf", TestLetters.RefusalPdf());
        await applicant.WaitForLetterAsync(single.StatusUrl());
        var batchWhenSingleWasDone = await (await clinic.GetAsync(batch.GetProperty("statusUrl").GetString())).ReadJsonAsync();

        // In upload order the single letter would have waited for all eight; with one worker it waits for at most the one in hand.
        var finished = batchWhenSingleWasDone.GetProperty("counts").GetProperty("completed").GetInt32()
            + batchWhenSingleWasDone.GetProperty("counts").GetProperty("failed").GetInt32();
        Assert.True(finished <= 3, $"{finished} of 8 batch letters were read before the single letter");
    }

    [Fact]
    public async Task RefusedFileIsDeletedAtOnceAndOnlyItsErrorReportIsKept()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        var accepted = await client.UploadAsync("notes.pdf", "shopping list"u8.ToArray());

        var status = await client.WaitForLetterAsync(accepted.StatusUrl());

        Assert.Equal("unsupported-type", status.GetProperty("error").GetProperty("code").GetString());
        var folder = Path.Combine(factory.DataPath, "letters", accepted.GetProperty("id").GetString()!);
        Assert.False(File.Exists(Path.Combine(folder, "letter")));
        Assert.True(File.Exists(Path.Combine(folder, "report.json")));
    }

    private static LetterParserWebFactory Factory(params (string Key, string Value)[] settings)
    {
        var factory = new LetterParserWebFactory();
        foreach (var (key, value) in settings)
            factory.Settings[key] = value;
        return factory;
    }
}
