using LetterParser.Cli.Tests.Support;

namespace LetterParser.Cli.Tests;

/// <summary>
/// Approval tests: the help text is the CLI's public surface. When a change is deliberate, copy the received file
/// over the approved one (the failure message names both).
/// </summary>
public class HelpTests
{
    [Theory]
    [InlineData("help.txt", "--help")]
    [InlineData("help-explain.txt", "explain", "--help")]
    [InlineData("help-batch.txt", "batch", "--help")]
    public async Task HelpMatchesTheApprovedText(string approvedFile, params string[] args)
    {
        var result = await CliRun.RunAsync(Environment.CurrentDirectory, args);

        Assert.Equal(0, result.ExitCode);
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "Approved", approvedFile);
        var approved = File.Exists(approvedPath) ? await File.ReadAllTextAsync(approvedPath) : "";
        if (approved != result.Out)
        {
            var received = Path.Combine(Path.GetTempPath(), "received-" + approvedFile);
            await File.WriteAllTextAsync(received, result.Out);
            Assert.Fail($"Help text changed. Received: {received}; approved: tests/LetterParser.Cli.Tests/Approved/{approvedFile}");
        }
    }

    [Fact]
    public async Task HelpListsEveryExitCode()
    {
        var result = await CliRun.RunAsync(Environment.CurrentDirectory, "--help");

        foreach (var code in new[] { ExitCodes.Ok, ExitCodes.FileRefused, ExitCodes.Usage, ExitCodes.Unexpected })
            Assert.Contains($"\n  {code}  ", result.Out);
    }

    [Fact]
    public async Task NoArgumentsPrintsHelpToStderrAsAUsageError()
    {
        var result = await CliRun.RunAsync(Environment.CurrentDirectory);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("letterparser explain FILE", result.Error);
    }

    [Fact]
    public async Task AnUnknownCommandIsAUsageError()
    {
        var result = await CliRun.RunAsync(Environment.CurrentDirectory, "explian", "a.pdf");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Unknown command 'explian'", result.Error);
    }
}
