using LetterParser.Extraction.Pdf;

namespace LetterParser.Extraction.Tests.Pdf;

public class CheckboxGlyphsTests
{
    [Theory]
    [InlineData("☐", nameof(GlyphRole.EmptyBox))]
    [InlineData("□", nameof(GlyphRole.EmptyBox))]
    [InlineData("▢", nameof(GlyphRole.EmptyBox))]
    [InlineData("☑", nameof(GlyphRole.CheckedBox))]
    [InlineData("☒", nameof(GlyphRole.CheckedBox))]
    [InlineData("■", nameof(GlyphRole.CheckedBox))]
    [InlineData("⊠", nameof(GlyphRole.CheckedBox))]
    [InlineData("✓", nameof(GlyphRole.Tick))]
    [InlineData("✔", nameof(GlyphRole.Tick))]
    [InlineData("✗", nameof(GlyphRole.Tick))]
    [InlineData("✘", nameof(GlyphRole.Tick))]
    [InlineData("o", nameof(GlyphRole.Text))]
    [InlineData("é", nameof(GlyphRole.Text))]
    public void UnicodeBoxCharactersAreBoxesInAnyFont(string value, string role)
    {
        Assert.Equal(Enum.Parse<GlyphRole>(role), CheckboxGlyphs.Classify(value, "ABCDEF+TimesNewRomanPSMT"));
    }

    [Theory]
    [InlineData("o", nameof(GlyphRole.EmptyBox))]
    [InlineData("q", nameof(GlyphRole.EmptyBox))]
    [InlineData("n", nameof(GlyphRole.CheckedBox))]
    [InlineData("4", nameof(GlyphRole.Tick))]
    [InlineData("8", nameof(GlyphRole.Tick))]
    [InlineData("a", nameof(GlyphRole.Ornament))]
    public void ZapfDingbatsCodesAreReadFromItsOwnTable(string value, string role)
    {
        Assert.Equal(Enum.Parse<GlyphRole>(role), CheckboxGlyphs.Classify(value, "ZapfDingbats"));
    }

    [Theory]
    [InlineData("\u00FE", nameof(GlyphRole.CheckedBox))] // þ: ☑
    [InlineData("\u00FD", nameof(GlyphRole.CheckedBox))] // ý: ☒
    [InlineData("x", nameof(GlyphRole.CheckedBox))]      // ⌧
    [InlineData("\u00A8", nameof(GlyphRole.EmptyBox))]   // ¨: ◻
    [InlineData("o", nameof(GlyphRole.EmptyBox))]        // □
    [InlineData("\u00FC", nameof(GlyphRole.Tick))]       // ü: ✓
    [InlineData("\uF0FE", nameof(GlyphRole.CheckedBox))] // the same codes moved into the private-use area
    [InlineData("\uF06F", nameof(GlyphRole.EmptyBox))]
    [InlineData("\uF09F", nameof(GlyphRole.Bullet))]
    public void WingdingsCodesAreReadFromItsOwnTable(string value, string role)
    {
        Assert.Equal(Enum.Parse<GlyphRole>(role), CheckboxGlyphs.Classify(value, "BCDEEE+Wingdings-Regular"));
    }

    [Theory]
    [InlineData("R", nameof(GlyphRole.CheckedBox))]
    [InlineData("T", nameof(GlyphRole.CheckedBox))]
    [InlineData("*", nameof(GlyphRole.EmptyBox))]
    [InlineData("\u00A3", nameof(GlyphRole.EmptyBox))]
    [InlineData("P", nameof(GlyphRole.Tick))]
    public void WingdingsTwoIsNotConfusedWithWingdings(string value, string role)
    {
        Assert.Equal(Enum.Parse<GlyphRole>(role), CheckboxGlyphs.Classify(value, "Wingdings2"));
    }

    [Fact]
    public void SymbolFontBulletsStayBulletsAndLettersStayText()
    {
        Assert.Equal(GlyphRole.Bullet, CheckboxGlyphs.Classify("\uF0B7", "SymbolMT"));
        Assert.Equal(GlyphRole.Text, CheckboxGlyphs.Classify("α", "SymbolMT"));
    }
}
