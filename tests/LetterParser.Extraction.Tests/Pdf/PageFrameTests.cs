using LetterParser.Extraction.Tests.Support;
using static LetterParser.Extraction.Tests.Support.PageAssert;

namespace LetterParser.Extraction.Tests.Pdf;

public class PageFrameTests
{
    [Fact]
    public void ARotatedPageIsMeasuredAsItIsShown()
    {
        // Drawn at x 72 from the left edge, 92 up from the bottom of the unrotated page. Turned a quarter clockwise,
        // the bottom edge becomes the left edge and the left edge becomes the top: the word now starts 92 from
        // the left and 72 from the top, running downwards (viewers show it that way too).
        var page = new LetterPdf().Rotate(90).Text("Refusal", 72, 700).Read().Pages.Single();

        Assert.Equal(90, page.Rotation);
        Assert.Equal(792, page.Width);
        Assert.Equal(612, page.Height);
        var box = WordOf(page, "Refusal").Box;
        Assert.InRange(box.Left, 88, 104);
        Assert.InRange(box.Top, 60, 80);
    }

    [Fact]
    public void AnUnrotatedPageKeepsItsSize()
    {
        var page = new LetterPdf(595, 842).Text("Refusal", 72, 100).Read().Pages.Single();

        Assert.Equal(0, page.Rotation);
        Assert.Equal(595, page.Width);
        Assert.Equal(842, page.Height);
    }
}
