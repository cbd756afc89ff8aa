using LetterParser.Core.Documents;
using LetterParser.Extraction.Tests.Support;
using static LetterParser.Extraction.Tests.Support.PageAssert;

namespace LetterParser.Extraction.Tests.Pdf;

public class PdfTextLayerExtractorTests
{
    [Fact]
    public void WordsComeTopToBottomAndLeftToRightWhateverOrderTheyWereDrawnIn()
    {
        var page = new LetterPdf()
            .Text("Second line", 72, 140)
            .Text("right", 200, 100)
            .Text("First line", 72, 100)
            .Read().Pages.Single();

        Assert.Equal(["First line right", "Second line"], page.Lines.Select(l => l.Text));
        Assert.Equal(ReadingMethod.TextLayer, page.Method);
    }

    [Fact]
    public void BoxesAreMeasuredFromTheTopOfThePageAndSpanTheFontsLineHeight()
    {
        var page = new LetterPdf().Text("Refusal", 72, 100, size: 12).Read().Pages.Single();

        var box = WordOf(page, "Refusal").Box;
        Assert.Equal(612, page.Width);
        Assert.Equal(792, page.Height);
        Assert.InRange(box.Left, 71, 74);
        // One font size tall, from ascender to descender height around the baseline at 100.
        Assert.InRange(box.Top, 89, 92);
        Assert.InRange(box.Bottom, 101.5, 104);
        Assert.Equal(12, box.Height, 3);
        Assert.True(box.Right > box.Left + 30);
        Assert.Equal(box.Top, WordOf(new LetterPdf().Text("you", 72, 100).Read().Pages.Single(), "you").Box.Top, 3);
    }

    [Fact]
    public void WordsFarApartOnOneBaselineStayOneLine()
    {
        var page = new LetterPdf()
            .Text("File: W309876543", 72, 100)
            .Text("Date: 2024-03-18", 400, 100)
            .Read().Pages.Single();

        Assert.Equal(["File: W309876543 Date: 2024-03-18"], page.Lines.Select(l => l.Text));
    }

    [Fact]
    public void LigaturesAreUndoneAndAccentsKept()
    {
        var page = new LetterPdf().Text("ﬁnancial ﬂow oﬃce réfugiés", 72, 100, font: LetterFont.DejaVuSans).Read().Pages.Single();

        Assert.Equal("financial flow office réfugiés", page.Lines.Single().Text);
    }

    [Fact]
    public void HyphenatedLinesAreLeftForReadingToJoin()
    {
        var page = new LetterPdf()
            .Text("your current employ-", 72, 100)
            .Text("ment situation", 72, 114)
            .Read().Pages.Single();

        Assert.Equal(["your current employ-", "ment situation"], page.Lines.Select(l => l.Text));
    }

    [Fact]
    public void UnicodeBoxGlyphsBecomeMarksAndLeaveTheText()
    {
        var page = new LetterPdf()
            .Text("☐ travel history", 72, 100, font: LetterFont.DejaVuSans)
            .Text("☒ purpose of visit", 72, 120, font: LetterFont.DejaVuSans)
            .Text("☑ family ties", 72, 140, font: LetterFont.DejaVuSans)
            .Read().Pages.Single();

        Assert.Equal(["travel history", "purpose of visit", "family ties"], page.Lines.Select(l => l.Text));
        Assert.False(BoxLeftOf(page, "travel").IsChecked);
        Assert.True(BoxLeftOf(page, "purpose").IsChecked);
        Assert.True(BoxLeftOf(page, "family").IsChecked);
        Assert.Equal(3, page.Checkboxes.Count);
    }

    [Fact]
    public void MarksInTheMiddleOfALineEachKeepTheirOwnBox()
    {
        var page = new LetterPdf()
            .Text("☐ travel history ☒ purpose of visit ☐ employment prospects", 72, 100, size: 10, font: LetterFont.DejaVuSans)
            .Read().Pages.Single();

        Assert.Equal("travel history purpose of visit employment prospects", page.Lines.Single().Text);
        Assert.False(BoxLeftOf(page, "travel").IsChecked);
        Assert.True(BoxLeftOf(page, "purpose").IsChecked);
        Assert.False(BoxLeftOf(page, "employment").IsChecked);
        var purpose = BoxLeftOf(page, "purpose").Box;
        Assert.True(purpose.Left > WordOf(page, "history").Box.Right, "the ticked box sits between 'history' and 'purpose'");
    }

    [Fact]
    public void ALoneTickLeftOfALineIsATickedBox()
    {
        var page = new LetterPdf()
            .Text("✔", 72, 100, font: LetterFont.DejaVuSans)
            .Text("You have not satisfied me that you would leave Canada.", 90, 100)
            .Read().Pages.Single();

        Assert.True(BoxLeftOf(page, "You").IsChecked);
        Assert.DoesNotContain("✔", AllText(page));
    }

    [Fact]
    public void ZapfDingbatsBoxesAndTicksAreRead()
    {
        // Acrobat's checkbox styles: 'o'..'r' shadowed empty boxes, 'n' a filled square, '4' a tick, '8' a cross.
        var page = new LetterPdf()
            .Text("o", 72, 100, font: LetterFont.ZapfDingbats).Text("travel history", 90, 100)
            .Text("n", 72, 120, font: LetterFont.ZapfDingbats).Text("purpose of visit", 90, 120)
            .Text("q", 72, 140, font: LetterFont.ZapfDingbats).Text("family ties", 90, 140)
            .Text("4", 72, 160, font: LetterFont.ZapfDingbats).Text("personal assets", 90, 160)
            .Text("8", 72, 180, font: LetterFont.ZapfDingbats).Text("current employment", 90, 180)
            .Read().Pages.Single();

        Assert.False(BoxLeftOf(page, "travel").IsChecked);
        Assert.True(BoxLeftOf(page, "purpose").IsChecked);
        Assert.False(BoxLeftOf(page, "family").IsChecked);
        Assert.True(BoxLeftOf(page, "personal").IsChecked);
        Assert.True(BoxLeftOf(page, "current").IsChecked);
        Assert.Equal(["travel history", "purpose of visit", "family ties", "personal assets", "current employment"], page.Lines.Select(l => l.Text));
    }

    [Fact]
    public void WingdingsCodesWithoutAUnicodeMapAreReadAsBoxes()
    {
        // Word writes Wingdings un-embedded with no ToUnicode map: the text layer says "þ", "¨", "ý".
        var pdf = RawPdf.OnePage(
            "BT /F2 11 Tf 72 692 Td (\u00FE) Tj ET BT /F1 11 Tf 90 692 Td (travel history) Tj ET " +
            "BT /F2 11 Tf 72 672 Td (\u00A8) Tj ET BT /F1 11 Tf 90 672 Td (purpose of visit) Tj ET " +
            "BT /F2 11 Tf 72 652 Td (\u00FD) Tj ET BT /F1 11 Tf 90 652 Td (family ties) Tj ET " +
            "BT /F3 11 Tf 72 632 Td (R) Tj ET BT /F1 11 Tf 90 632 Td (personal assets) Tj ET " +
            "BT /F3 11 Tf 72 612 Td (*) Tj ET BT /F1 11 Tf 90 612 Td (current employment) Tj ET",
            [RawPdf.Helvetica, RawPdf.SymbolTrueType("Wingdings-Regular", 8), RawPdf.SymbolTrueType("Wingdings2", 9)],
            [RawPdf.SymbolDescriptor("Wingdings-Regular"), RawPdf.SymbolDescriptor("Wingdings2")]);

        var page = new DocumentTextExtractor().Read(pdf, CancellationToken.None).Pages.Single();

        Assert.True(BoxLeftOf(page, "travel").IsChecked);
        Assert.False(BoxLeftOf(page, "purpose").IsChecked);
        Assert.True(BoxLeftOf(page, "family").IsChecked);
        Assert.True(BoxLeftOf(page, "personal").IsChecked);
        Assert.False(BoxLeftOf(page, "current").IsChecked);
        Assert.Equal(["travel history", "purpose of visit", "family ties", "personal assets", "current employment"], page.Lines.Select(l => l.Text));
    }

    [Fact]
    public void AnEmbeddedDingbatSubsetWithoutAUnicodeMapIsReadByItsCodes()
    {
        // A subset of ZapfDingbats with no ToUnicode map: the text layer says "n", "o" and "4".
        var pdf = RawPdf.OnePage(
            "BT /F2 11 Tf 72 692 Td (n) Tj ET BT /F1 11 Tf 90 692 Td (travel history) Tj ET " +
            "BT /F2 11 Tf 72 672 Td (o) Tj ET BT /F1 11 Tf 90 672 Td (purpose of visit) Tj ET " +
            "BT /F2 11 Tf 72 652 Td (4) Tj ET BT /F1 11 Tf 90 652 Td (family ties) Tj ET",
            [RawPdf.Helvetica, RawPdf.SymbolTrueType("QWERTY+ZapfDingbatsITC", 7)],
            [RawPdf.SymbolDescriptor("QWERTY+ZapfDingbatsITC")]);

        var page = new DocumentTextExtractor().Read(pdf, CancellationToken.None).Pages.Single();

        Assert.True(BoxLeftOf(page, "travel").IsChecked);
        Assert.False(BoxLeftOf(page, "purpose").IsChecked);
        Assert.True(BoxLeftOf(page, "family").IsChecked);
        Assert.Equal(["travel history", "purpose of visit", "family ties"], page.Lines.Select(l => l.Text));
    }

    [Fact]
    public void TextRunningUpTheMarginStaysOutOfTheLines()
    {
        // A form number printed sideways in the margin, level with the first line of the letter.
        var pdf = RawPdf.OnePage(
            "BT /F1 11 Tf 72 692 Td (" + LetterPdf.Prose + ") Tj ET " +
            "BT /F1 7 Tf 0 1 -1 0 30 600 Tm (IMM 5621 E) Tj ET",
            [RawPdf.Helvetica]);

        var page = new DocumentTextExtractor().Read(pdf, CancellationToken.None).Pages.Single();

        Assert.Equal([LetterPdf.Prose], page.Lines.Select(l => l.Text));
    }

    [Fact]
    public void TypedBracketBoxesAtTheStartOfAReasonAreMarks()
    {
        var page = new LetterPdf()
            .Text("[X] travel history", 72, 100)
            .Text("[ ] purpose of visit", 72, 120)
            .Text("[] family ties", 72, 140)
            .Text("(x) personal assets", 72, 160)
            .Text("( ) current employment", 72, 180)
            .Text("[x]length of proposed stay", 72, 200)
            .Read().Pages.Single();

        Assert.True(BoxLeftOf(page, "travel").IsChecked);
        Assert.False(BoxLeftOf(page, "purpose").IsChecked);
        Assert.False(BoxLeftOf(page, "family").IsChecked);
        Assert.True(BoxLeftOf(page, "personal").IsChecked);
        Assert.False(BoxLeftOf(page, "current").IsChecked);
        Assert.True(BoxLeftOf(page, "length").IsChecked);
        Assert.Equal(["travel history", "purpose of visit", "family ties", "personal assets", "current employment", "length of proposed stay"],
            page.Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("[   ] previous non-compliance")]
    [InlineData("[    ] previous non-compliance")]
    public void AnEmptyBoxTypedWithSeveralSpacesIsStillABox(string line)
    {
        var page = new LetterPdf().Text(line, 72, 100).Text("[X] current employment", 72, 120).Read().Pages.Single();

        Assert.Equal(["previous non-compliance", "current employment"], page.Lines.Select(l => l.Text));
        Assert.False(BoxLeftOf(page, "previous").IsChecked);
        Assert.True(BoxLeftOf(page, "current").IsChecked);
    }

    [Fact]
    public void TypedBracketsInsideASentenceAreLeftAsText()
    {
        var page = new LetterPdf().Text("as stipulated in paragraph 200(1)(b) and item (x) of the list", 72, 100).Read().Pages.Single();

        Assert.Empty(page.Checkboxes);
        Assert.Equal("as stipulated in paragraph 200(1)(b) and item (x) of the list", page.Lines.Single().Text);
    }

    [Fact]
    public void ListBulletsDrawnAsShapesComeBackAsBulletsButATickInsideABoxDoesNot()
    {
        // Browsers print list bullets as small filled shapes, not text.
        var page = new LetterPdf()
            .Rectangle(80, 95, 4, 4, fill: true).Text("Your passport expires before the end of your stay.", 92, 100)
            .Text("and this line runs on without a bullet", 92, 114)
            .Rectangle(72, 131, 10, 10).Rectangle(74.5, 133.5, 5, 5, fill: true).Text("family ties", 90, 140)
            .Read().Pages.Single();

        Assert.Equal("• Your passport expires before the end of your stay.", page.Lines[0].Text);
        Assert.Equal("and this line runs on without a bullet", page.Lines[1].Text);
        Assert.Equal("family ties", page.Lines[2].Text);
        Assert.True(Assert.Single(page.Checkboxes).IsChecked);
    }

    [Fact]
    public void DrawnSquaresAreBoxesTickedByACrossOrAFilledSquareInside()
    {
        var page = new LetterPdf()
            .Rectangle(72, 91, 10, 10).Text("travel history", 90, 100)
            .Rectangle(72, 111, 10, 10).Line(72, 111, 82, 121).Line(72, 121, 82, 111).Text("purpose of visit", 90, 120)
            .Rectangle(72, 131, 10, 10).Rectangle(74.5, 133.5, 5, 5, fill: true).Text("family ties", 90, 140)
            .Rectangle(72, 151, 10, 10).Text("personal assets", 90, 160)
            .Read().Pages.Single();

        Assert.False(BoxLeftOf(page, "travel").IsChecked);
        Assert.True(BoxLeftOf(page, "purpose").IsChecked);
        Assert.True(BoxLeftOf(page, "family").IsChecked);
        Assert.False(BoxLeftOf(page, "personal").IsChecked);
        Assert.Equal(4, page.Checkboxes.Count);
        var box = BoxLeftOf(page, "travel").Box;
        Assert.InRange(box.Top, 90, 92);
        Assert.InRange(box.Bottom, 100, 102);
    }

    [Fact]
    public void AnXTypedInsideADrawnSquareTicksItAndLeavesTheText()
    {
        var page = new LetterPdf()
            .Rectangle(72, 90, 11, 11).Text("X", 74, 99.5, size: 10).Text("travel history", 90, 100)
            .Rectangle(72, 110, 11, 11).Text("purpose of visit", 90, 120)
            .Read().Pages.Single();

        Assert.True(BoxLeftOf(page, "travel").IsChecked);
        Assert.False(BoxLeftOf(page, "purpose").IsChecked);
        Assert.Equal(["travel history", "purpose of visit"], page.Lines.Select(l => l.Text));
    }

    [Fact]
    public void ASquareDrawnAsFourLinesIsABox()
    {
        var page = new LetterPdf()
            .Line(72, 91, 82, 91).Line(72, 101, 82, 101).Line(72, 91, 72, 101).Line(82, 91, 82, 101)
            .Text("travel history", 90, 100)
            .Read().Pages.Single();

        Assert.False(BoxLeftOf(page, "travel").IsChecked);
    }

    [Fact]
    public void ASquareAroundOrdinaryTextIsNotACheckbox()
    {
        var page = new LetterPdf().Rectangle(70, 89, 14, 14).Text("7", 74, 100).Text("Page seven", 90, 100).Read().Pages.Single();

        Assert.Empty(page.Checkboxes);
        Assert.Equal("7 Page seven", page.Lines.Single().Text);
    }

    [Fact]
    public void AColouredSquareInTheLetterheadIsNotACheckbox()
    {
        var page = new LetterPdf()
            .Colour(214, 37, 40).Rectangle(81, 38, 8, 8, fill: true).Rectangle(72, 34, 6, 16, fill: true)
            .Text("Immigration, Refugees and Citizenship Canada", 106, 44)
            .Read().Pages.Single();

        Assert.Empty(page.Checkboxes);
    }

    [Fact]
    public void AnXTypedOverABoxGlyphTicksIt()
    {
        // Typewriter style: the form printed ☐ and the officer typed X over it.
        var page = new LetterPdf()
            .Text("☐", 72, 100, font: LetterFont.DejaVuSans).Text("X", 73.5, 99, size: 8).Text("travel history", 90, 100)
            .Read().Pages.Single();

        Assert.True(BoxLeftOf(page, "travel").IsChecked);
        Assert.Equal("travel history", page.Lines.Single().Text);
    }

    [Fact]
    public void TypedBoxesCanFollowEachOtherOnOneLine()
    {
        var page = new LetterPdf().Text("[ ] travel history [X] purpose of visit", 72, 100).Read().Pages.Single();

        Assert.Equal("travel history purpose of visit", page.Lines.Single().Text);
        Assert.False(BoxLeftOf(page, "travel").IsChecked);
        Assert.True(BoxLeftOf(page, "purpose").IsChecked);
    }

    [Theory]
    [InlineData("[_ ] length of stay [X] purpose of visit")]
    [InlineData("[_] length of stay [X] purpose of visit")]
    [InlineData("( _ ) length of stay (x) purpose of visit")]
    public void AnUnderscoreInsideBracketsIsAnEmptyBoxOfATwoColumnGrid(string line)
    {
        var page = new LetterPdf().Text(line, 72, 100).Read().Pages.Single();

        Assert.Equal("length of stay purpose of visit", page.Lines.Single().Text);
        Assert.False(BoxLeftOf(page, "length").IsChecked);
        Assert.True(BoxLeftOf(page, "purpose").IsChecked);
    }
}
