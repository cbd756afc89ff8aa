using LetterParser.Core.Notes;

namespace LetterParser.Core.Tests.Notes;

public class ResponseDeadlineReaderTests
{
    private static readonly ResponseDeadlineReader Reader = new();
    private static readonly DateOnly LetterDate = new(2025, 9, 8);

    private static ResponseDeadline? Read(string text, DateOnly? letterDate) =>
        Reader.Read(text.Split('\n').Select(l => Core.Reading.LatinFolding.Fold(l)).ToList(), letterDate);

    [Theory]
    [InlineData("You have thirty (30) days from the date of this letter to respond to these concerns.", 30)]
    [InlineData("Please provide your response within 30 days of the date of this letter.", 30)]
    [InlineData("You may submit additional information within fifteen (15) calendar days.", 15)]
    [InlineData("Any reply must reach this office within seven days.", 7)]
    [InlineData("Vous disposez de trente (30) jours à compter de la date de la présente lettre pour répondre.", 30)]
    [InlineData("Veuillez nous faire parvenir vos observations dans les 30 jours.", 30)]
    public void DaysAreCountedFromTheLetterDate(string sentence, int days)
    {
        var deadline = Read("Concerns are set out below.\n" + sentence, LetterDate)!;
        Assert.Equal(LetterDate.AddDays(days), deadline.Date);
        Assert.Equal(days, deadline.Days);
        Assert.True(deadline.FromLetterDate);
        Assert.Contains(LetterDate.ToString("yyyy-MM-dd"), deadline.Basis);
    }

    [Theory]
    [InlineData("Please submit your response no later than October 3, 2025.")]
    [InlineData("Your response must be received by 3 October 2025, failing which a decision will be made.")]
    [InlineData("Veuillez répondre au plus tard le 3 octobre 2025.")]
    [InlineData("Submit any information you wish us to consider on or before 2025-10-03.")]
    public void APrintedDateIsReadAsPrinted(string sentence)
    {
        var deadline = Read(sentence, LetterDate)!;
        Assert.Equal(new DateOnly(2025, 10, 3), deadline.Date);
        Assert.Equal(25, deadline.Days);
        Assert.False(deadline.FromLetterDate);
    }

    [Fact]
    public void BusinessDaysSkipWeekends()
    {
        // Monday 8 September 2025 + 10 business days = Monday 22 September.
        var deadline = Read("You must respond within 10 business days.", LetterDate)!;
        Assert.Equal(new DateOnly(2025, 9, 22), deadline.Date);
    }

    [Fact]
    public void DaysWithoutALetterDateGiveNoDate()
    {
        var deadline = Read("Please respond within 30 days.", null)!;
        Assert.Null(deadline.Date);
        Assert.True(deadline.FromLetterDate);
    }

    [Fact]
    public void DaysThatAreNotAboutAnsweringAreNotADeadline() =>
        Assert.Null(Read("Your application was received 45 days after the program start. Processing takes 90 days.", LetterDate));
}
