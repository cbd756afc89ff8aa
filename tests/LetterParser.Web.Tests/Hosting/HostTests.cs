using System.Net;
using LetterParser.Web.Tests.Support;

namespace LetterParser.Web.Tests.Hosting;

public sealed class HostTests(LetterParserWebFactory factory) : IClassFixture<LetterParserWebFactory>
{
    [Fact]
    public async Task PagesCarrySecurityHeaders()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheLetterAndBatchApi()
    {
        using var client = factory.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/letters\"", document);
        Assert.Contains("\"/api/letters/{id}\"", document);
        Assert.Contains("\"/api/batches\"", document);
        Assert.Contains("\"/api/batches/{id}/report.csv\"", document);
    }

    [Fact]
    public async Task ApiReferencePageIsServed()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthEndpointReportsHealthy()
    {
        using var client = factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }
}
