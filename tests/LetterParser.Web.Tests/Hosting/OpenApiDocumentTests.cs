using System.Runtime.CompilerServices;
using LetterParser.Web.Tests.Support;

namespace LetterParser.Web.Tests.Hosting;

/// <summary>
/// Freezes the API's public shape: a change to /openapi/v1.json must be seen and approved. When it differs, the
/// new document is written next to the approved one as openapi.v1.received.json; copy it over to approve.
/// </summary>
public sealed class OpenApiDocumentTests(LetterParserWebFactory factory) : IClassFixture<LetterParserWebFactory>
{
    [Fact]
    public async Task OpenApiDocumentMatchesTheApprovedOne()
    {
        using var client = factory.CreateClient();
        var received = (await client.GetStringAsync("/openapi/v1.json")).ReplaceLineEndings("\n");

        var approvedPath = Path.Combine(SourceFolder(), "Approved", "openapi.v1.json");
        var receivedPath = Path.Combine(SourceFolder(), "Approved", "openapi.v1.received.json");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved != received)
            File.WriteAllText(receivedPath, received);
        else if (File.Exists(receivedPath))
            File.Delete(receivedPath);

        Assert.True(approved == received, $"The OpenAPI document changed; compare {receivedPath} with {approvedPath} and copy it over if the change is intended.");
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
