using LetterParser.Web.Hosting;
using LetterParser.Web.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace LetterParser.Web.Tests.Hosting;

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
        Assert.True(Roles.RunsJobServer(Configuration(("Role", "worker"), ("Storage:Provider", "Postgres"))));
        Assert.False(Roles.RunsJobServer(Configuration(("Role", "web"), ("Storage:Provider", "Postgres"))));
        Assert.False(Roles.RunsJobServer(Configuration(("Role", "all"), ("Processing:RunServer", "false"))));
    }

    [Theory]
    [InlineData("web")]
    [InlineData("worker")]
    public void SplitRolesWithTheEmbeddedQueueAreRefusedBecauseNothingWouldConnectThem(string role)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Roles.RunsJobServer(Configuration(("Role", role))));
        Assert.Contains("Storage:Provider=Postgres", error.Message);
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

        var accepted = await client.PostAsync("/api/letters", LetterApiClient.Files(("long.pdf", TestLetters.LongPdf(pages: 45))));
        var status = await client.WaitForLetterAsync((await accepted.ReadJsonAsync()).StatusUrl());

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Contains("took longer than", status.GetProperty("error").GetProperty("message").GetString());
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
}
