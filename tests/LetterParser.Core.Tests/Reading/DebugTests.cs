using LetterParser.Core.Reading;
using Xunit.Abstractions;
namespace LetterParser.Core.Tests.Reading;
public class DebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Fold()
    {
        output.WriteLine(TextCleanup.Fold("Vous pouvez présenter une nouvelle demande si vous"));
    }
}
