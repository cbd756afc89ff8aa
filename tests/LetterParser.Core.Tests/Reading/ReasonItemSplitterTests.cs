using LetterParser.Core.Reading;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reading;

public class ReasonItemSplitterTests
{
    private static ReasonItems Split(string reasons) => ReadingStages.Items("Dear Applicant,\n" + reasons);

    private static ReasonItem ItemStartingWith(ReasonItems items, string start) =>
        Assert.Single(items.Items, i => i.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void ACheckboxItemsStateIsReadFromItsBox()
    {
        var items = Split("""
            [x] You have not demonstrated that you have sufficient funds to support yourself in Canada.
            [ ] You have not provided the documents requested.
            """);

        Assert.Equal(ReasonsLayout.Checkboxes, items.Layout);
        Assert.False(items.BoxesUnreadable);
        Assert.Equal(BoxState.Ticked, ItemStartingWith(items, "You have not demonstrated").Box);
        Assert.Equal(BoxState.Unticked, ItemStartingWith(items, "You have not provided").Box);
    }

    [Fact]
    public void EachBoxOnALineOwnsTheWordsUpToTheNextBox()
    {
        var items = Split("[x] travel history [ ] purpose of visit");

        Assert.Equal(["travel history", "purpose of visit"], items.Items.Select(i => i.Text));
        Assert.Equal([BoxState.Ticked, BoxState.Unticked], items.Items.Select(i => i.Box));
    }

    [Fact]
    public void ALineThatRunsOnFromABoxedLineJoinsItsItem()
    {
        var items = Split("""
            [x] You have not satisfied me that you would leave Canada at the end
                of your stay as a temporary resident.
            [ ] You have not provided the documents requested.
            """);

        var item = ItemStartingWith(items, "You have not satisfied me");
        Assert.Equal("You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident.", item.Text);
        Assert.Equal(BoxState.Ticked, item.Box);
        Assert.Equal(2, items.Items.Count);
    }

    [Fact]
    public void ANewSentenceUnderABoxedLineIsAnItemWithoutABox()
    {
        var items = Split("""
            [x] You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident.
            In reaching this decision, I considered several factors, including:
            [x] travel history
            """);

        Assert.Equal(BoxState.NoBox, ItemStartingWith(items, "In reaching this decision").Box);
    }

    [Fact]
    public void AParagraphIsCutIntoSentencesThatShareItsNumber()
    {
        var items = Split("""
            I am not satisfied that you will leave Canada at the end of your stay. Your travel history is limited.

            You have not demonstrated that you have sufficient funds.
            """);

        Assert.Equal(ReasonsLayout.Sentences, items.Layout);
        Assert.Equal(
            ["I am not satisfied that you will leave Canada at the end of your stay.", "Your travel history is limited.", "You have not demonstrated that you have sufficient funds."],
            items.Items.Select(i => i.Text));
        Assert.Equal(items.Items[0].Paragraph, items.Items[1].Paragraph);
        Assert.NotEqual(items.Items[1].Paragraph, items.Items[2].Paragraph);
        Assert.All(items.Items, i => Assert.Equal(BoxState.NoBox, i.Box));
    }

    [Fact]
    public void ACitationsDotsDoNotEndASentence()
    {
        var items = Split("Section 16(1) of the Act (see s. 16(1) IRPA) requires that you answer truthfully. You did not provide a passport.");

        Assert.Equal(2, items.Items.Count);
        Assert.StartsWith("Section 16(1) of the Act (see s. 16(1) IRPA)", items.Items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BulletsAreListEntriesWithoutTheirMarker()
    {
        var items = Split("""
            • The purpose of your visit to Canada is not consistent with a temporary stay.
            • You do not have significant family ties outside Canada. This weighs against you.
            """);

        Assert.Equal(ReasonsLayout.Bullets, items.Layout);
        Assert.Equal("The purpose of your visit to Canada is not consistent with a temporary stay.", items.Items[0].Text);
        Assert.Equal([true, true, false], items.Items.Select(i => i.ListEntry));
        Assert.Equal(items.Items[1].Paragraph, items.Items[2].Paragraph);
        Assert.NotEqual(items.Items[0].Paragraph, items.Items[1].Paragraph);
    }

    [Theory]
    [InlineData("¢")]
    [InlineData("«")]
    [InlineData("©")]
    public void ABulletThatOcrReadAsAnotherGlyphIsStillABullet(string glyph)
    {
        var items = Split($"""
            {glyph} kept full-time student status during each academic session;
            {glyph} applied within the period allowed after completing the program.
            """);

        Assert.Equal(ReasonsLayout.Bullets, items.Layout);
        Assert.Equal("kept full-time student status during each academic session;", items.Items[0].Text);
        Assert.Equal([true, true], items.Items.Select(i => i.ListEntry));
    }

    [Fact]
    public void AWordHyphenatedAtALineEndIsMadeWholeAgain()
    {
        var items = Split("""
            Your current employ-
            ment situation does not show that you are financially established.
            """);

        Assert.Equal("Your current employment situation does not show that you are financially established.", Assert.Single(items.Items).Text);
    }

    [Fact]
    public void ALetterThatSaysItPrintsAFormButHasNoReadableBoxIsACheckboxLetterWithUnreadableBoxes()
    {
        var items = ReadingStages.Items("""
            Dear Applicant,
            I have refused your application for the reasons in the boxes checked below.
            You have not demonstrated that you have sufficient funds to support yourself in Canada.
            You have not provided the documents requested.
            """);

        Assert.Equal(ReasonsLayout.Checkboxes, items.Layout);
        Assert.True(items.BoxesUnreadable);
    }

    [Fact]
    public void LesCasesCocheesCiDessousDeclareAFormToo() =>
        Assert.True(ReadingStages.Items("""
            Madame, Monsieur,
            Votre demande est refusée pour les motifs indiqués par les cases cochées ci-dessous.
            Vous n'avez pas démontré que vous disposez de fonds suffisants.
            """).BoxesUnreadable);

    [Fact]
    public void BoxesThatAScanTurnedIntoStrayCharactersAreUnreadable()
    {
        var items = ReadingStages.Items("""
            Dear Applicant,
            I am not satisfied that you meet the requirements of the Act.
            @ travel history
            Q purpose of visit
            Q employment prospects in country of residence
            @ family ties in Canada and country of residence
            """);

        Assert.True(items.BoxesUnreadable);
        Assert.All(items.Items.Skip(1), i => Assert.Equal(BoxState.Unknown, i.Box));
    }

    [Fact]
    public void BoxesAFaxBrokeIntoASymbolAndItsPiecesAreUnreadable()
    {
        var items = ReadingStages.Items("""
            Dear Applicant,
            I am not satisfied that you meet the requirements of the Act. In reaching this decision, I considered:
            € > travel history
            €X> purpose eof visit
            €X) Family ties in Ganada and in country of residence
            € > Zength of proposed stay
            € 39 Current employment satuati
            """);

        Assert.True(items.BoxesUnreadable);
        Assert.All(items.Items.Skip(1), i => Assert.Equal(BoxState.Unknown, i.Box));
    }

    [Fact]
    public void AmountsAndQuotesOpeningLinesAreNoBrokenBoxes()
    {
        var items = ReadingStages.Items("""
            Dear Applicant,
            You have not demonstrated that you have sufficient funds:
            $ 4,000 in savings does not cover the tuition.
            “ The bank letter is undated.
            - the statements cover one month only.
            """);

        Assert.False(items.BoxesUnreadable);
    }

    [Fact]
    public void ASentenceLetterThatMentionsNoFormIsNotACheckboxLetter()
    {
        var items = Split("You have not demonstrated that you have sufficient funds to support yourself in Canada.");

        Assert.False(items.UsesCheckboxes);
        Assert.False(items.BoxesUnreadable);
    }

    [Fact]
    public void AnItemKeepsThePageItStartsOnAndTheConfidenceOfItsWords()
    {
        var layout = ReadingStages.Layout("""
            Dear Applicant,
            I am refusing your application for the following reasons:
            • You have not demonstrated that you have sufficient funds.
            ---page---
            • You have not provided the documents requested.
            """, ocr: true, wordConfidence: 0.7);

        var items = ReasonItemSplitter.Split(LetterSectionFinder.Find(layout, null));

        Assert.Equal(1, ItemStartingWith(items, "You have not demonstrated").Page);
        Assert.Equal(2, ItemStartingWith(items, "You have not provided").Page);
        Assert.All(items.Items, i => Assert.Equal(0.7, i.Confidence, 3));
    }

    [Fact]
    public void ASentenceThatStartsOnTheNextPageCarriesThatPage()
    {
        // The paragraph runs on across the page break; its second sentence begins on page 2.
        var layout = ReadingStages.Layout("""
            Dear Applicant,
            I am refusing your application. You have not demonstrated that you have
            ---page---
            sufficient funds. You have not provided the documents requested.
            """);

        var items = ReasonItemSplitter.Split(LetterSectionFinder.Find(layout, null));

        Assert.Equal(1, ItemStartingWith(items, "You have not demonstrated").Page);
        Assert.Equal(2, ItemStartingWith(items, "You have not provided").Page);
    }

    [Fact]
    public void ALineThatStartsWithWhatIsLeftOfABoxIsABoxOfUnknownState()
    {
        // A scan read by OCR: typed boxes, one of which came back as a stray character.
        var layout = ReadingStages.Layout("""
            Dear Applicant,
            Your application is refused for the reasons marked below.
            [X] You have not shown that you would leave Canada. Elements weighed:
            [X] intended duration of stay in Canada
            @ family connections in Canada and at home
            [ ] present occupation
            """, ocr: true);

        var items = ReasonItemSplitter.Split(LetterSectionFinder.Find(layout, null));

        // Neither ticked nor empty can be told: never counted, never joined to the ticked item above.
        Assert.Equal(BoxState.Unknown, Assert.Single(items.Items, i => i.Text.Contains("family connections", StringComparison.Ordinal)).Box);
        Assert.Equal(BoxState.Ticked, ItemStartingWith(items, "intended duration").Box);
        Assert.DoesNotContain("family", ItemStartingWith(items, "intended duration").Text);
        Assert.Equal(BoxState.Unticked, ItemStartingWith(items, "present occupation").Box);
    }
}
