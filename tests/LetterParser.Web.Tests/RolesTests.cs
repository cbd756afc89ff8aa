using Hangfire;
using LetterParser.Web.Hosting;
using LetterParser.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LetterParser.Web.Tests;

public sealed class RolesTests
{
    [Theory]
    [InlineData(null, AppRole.All)]
    [InlineData("", AppRole.All)]
    [InlineData("all", AppRole.All)]
    [InlineData("Web", AppRole.Web)]
    [InlineData("WORKER", AppRole.Worker)]
    public void RoleIsReadWhateverItsCase(string? value, AppRole expected) =>
        Assert.Equal(expected, Roles.Of(Configuration(("Role", value))));

    [Fact]
    public void UnknownRoleIsRefusedWithTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Roles.Of(Configuration(("Role", "2"))));
        Assert.Contains("all (default), web or worker", error.Message);
    }

    [Fact]
    public void OnlyTheWebRoleRunsNoJobServer()
    {
        Assert.True(Roles.RunsJobServer(Configuration(("Role", "all"))));
        Assert.True(Roles.RunsJobServer(Configuration(("Role", "worker"))));
        Assert.False(Roles.RunsJobServer(Configuration(("Role", "web"))));
        Assert.False(Roles.RunsJobServer(Configuration(("Role", "all"), ("Processing:RunServer", "false"))));
    }

    [Fact]
    public async Task WebOnlyProcessQueuesLettersWithoutProcessingThem()
    {
        await using var factory = new LetterParserWebFactory();
        factory.Settings["Role"] = "web";
        var client = factory.CreateClient();

        var accepted = await client.PostAsync("/api/letters", LetterApiClient.Files(("refusal.pdf", TestLetters.RefusalPdf())));
        var id = (await accepted.ReadJsonAsync()).GetProperty("id").GetString();
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), service => service.GetType().Name.Contains("BackgroundJobServer"));
        Assert.Equal("queued", (await (await client.GetAsync($"/api/letters/{id}")).ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(1, factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public async Task ReadinessChecksTheDataFolder()
    {
        await using var factory = new LetterParserWebFactory();
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LetterThatOutlastsTheJobTimeoutFailsWithAReasonInsteadOfRunningOn()
    {
        await using var factory = new LetterParserWebFactory();
        factory.Settings["Processing:JobTimeout"] = "00:00:00.001";
        var client = factory.CreateClient();

        var accepted = await client.PostAsync("/api/letters", LetterApiClient.Files(("refusal.pdf", TestLetters.RefusalPdf())));
        var status = await client.WaitForLetterAsync((await accepted.ReadJsonAsync()).GetProperty("id").GetString()!);

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Contains("took longer than", status.GetProperty("error").GetProperty("message").GetString());
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
}
