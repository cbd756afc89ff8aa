using LetterParser.Web.Hosting;
using LetterParser.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

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

        var accepted = await client.PostAsync("/api/letters", LetterApiClient.Files(("long.pdf", LongPdf(pages: 45))));
        var status = await client.WaitForLetterAsync((await accepted.ReadJsonAsync()).StatusUrl());

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Contains("took longer than", status.GetProperty("error").GetProperty("message").GetString());
    }

    /// <summary>A text-layer PDF long enough that reading it outlasts a 1 ms limit on any machine.</summary>
    private static byte[] LongPdf(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(PageSize.Letter);
            for (var line = 0; line < 40; line++)
                page.AddText($"Page {number}, line {line}: the officer is not satisfied that the applicant will leave Canada.", 10, new PdfPoint(50, 740 - line * 16), font);
        }
        return builder.Build();
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
}
