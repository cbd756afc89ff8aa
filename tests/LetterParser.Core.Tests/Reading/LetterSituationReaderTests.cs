using LetterParser.Core.Reading;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Reading;

public class LetterSituationReaderTests
{
    private static LetterSituation Read(string closing, string? notes = null)
    {
        var text = "Case Processing Centre Edmonton\n2024-05-02\nDear Jane Doe,\nYour application to extend your work permit is refused.\n" + closing;
        var notesStart = notes is null ? (int?)null : 5;
        return LetterSituationReader.Read(ReadingStages.Sections(notes is null ? text : text + "\n" + notes, notesStart));
    }

    [Theory]
    [InlineData("More than 90 days have passed since your status expired, so restoration is not available.")]
    [InlineData("You are not eligible to apply for restoration.")]
    [InlineData("No further restoration is possible.")]
    [InlineData("Plus de 90 jours se sont écoulés depuis la perte de votre statut.")]
    [InlineData("Vous ne pouvez pas demander le rétablissement de votre statut.")]
    [InlineData("Your application was received more than 90 days after you lost your status, so your status cannot be restored.")]
    [InlineData("Votre statut ne peut être rétabli, la demande n'a pas été présentée dans le délai prévu.")]
    [InlineData("As your application for restoration has been refused, you are without status in Canada.")]
    [InlineData("Your request to restore your temporary resident status is refused.")]
    [InlineData("Votre demande de rétablissement de statut a été refusée.")]
    [InlineData("Vous ne pouvez pas présenter une nouvelle demande de rétablissement.")]
    [InlineData("You may not submit another application for restoration.")]
    [InlineData("You applied after your own status had expired more than 90 days earlier; restoration is therefore not available to you.")]
    public void ALetterThatRulesRestorationOutSaysItIsUnavailable(string sentence) =>
        Assert.True(Read(sentence).RestorationUnavailable);

    [Theory]
    [InlineData("You may apply to restore your status within 90 days of losing it.")]
    [InlineData("If you do not apply to restore your status within 90 days, you must leave Canada.")]
    [InlineData("You may not work while your application for restoration is being processed.")]
    [InlineData("Vous ne pouvez pas travailler pendant le traitement de votre demande de rétablissement.")]
    [InlineData("Your application for a work permit is refused. You may submit an application for restoration within 90 days.")]
    public void ALetterThatLeavesRestorationOpenDoesNotRuleItOut(string sentence) =>
        Assert.False(Read(sentence).RestorationUnavailable);

    [Theory]
    [InlineData("You must leave Canada immediately.")]
    [InlineData("You are now without status in Canada.")]
    [InlineData("Vous devez quitter le Canada.")]
    [InlineData("Vous n'avez plus de statut au Canada.")]
    [InlineData("You do not have legal status in Canada.")]
    public void ALetterThatSaysThePersonMustLeaveOrHasNoStatusSaysSo(string sentence) =>
        Assert.True(Read(sentence).MustLeaveCanada);

    [Fact]
    public void ALetterThatSaysNeitherLeavesBothFalse()
    {
        var situation = Read("You are welcome to submit a new application.");

        Assert.False(situation.RestorationUnavailable);
        Assert.False(situation.MustLeaveCanada);
    }

    [Fact]
    public void TheOfficersNotesAreNotTheLetterSpeaking()
    {
        var situation = Read("You are welcome to submit a new application.",
            notes: "Officer's decision notes\nPA is without status and must leave Canada. More than 90 days have passed.");

        Assert.False(situation.MustLeaveCanada);
        Assert.False(situation.RestorationUnavailable);
    }
}
