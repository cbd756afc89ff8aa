using LetterParser.Core.Notes;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;
using Xunit.Abstractions;

namespace LetterParser.Core.Tests.Notes;

/// <summary>
/// The letter corpora (written for the grounds, not for these stages) through the classifier: a letter is a
/// refusal exactly when its expectation says so, attached notes are found exactly where the expectation
/// says there are some, and a letter without notes gives the concern extractor nothing to read.
/// Aggregate scores only, as for the grounds.
/// </summary>
public class CorpusDocumentKindTests(ITestOutputHelper output)
{
    private static readonly DocumentKindClassifier Classifier = new();

    [Theory]
    [InlineData("Corpus")]
    [InlineData("Corpus2")]
    public void NearlyEveryLetterIsToldRightAsRefusalOrNotWithItsAttachedNotes(string corpus)
    {
        int right = 0, notesRight = 0, total = 0, leaked = 0;
        foreach (var letter in LetterCorpus.Load(corpus))
        {
            var lines = letter.DocumentText().Pages.SelectMany(p => p.Lines.Select(l => new DocumentLine(p.Number, l.Text))).ToList();
            var result = Classifier.Classify(lines);
            total++;
            var refusal = result.Kind == DocumentKind.RefusalLetter;
            if (refusal == letter.Expected.IsRefusalLetter)
                right++;
            else
                output.WriteLine($"{letter.Name}: expected refusal={letter.Expected.IsRefusalLetter}, got {result.Kind}");
            var notes = result.NotesStart is not null && result.Kind is DocumentKind.RefusalLetter;
            if (!letter.Expected.IsRefusalLetter || notes == letter.Expected.HasOfficerNotes)
                notesRight++;
            else
                output.WriteLine($"{letter.Name}: expected notes={letter.Expected.HasOfficerNotes}, got {result.NotesStart}");
            if (refusal && !letter.Expected.HasOfficerNotes && result.ConcernLines(lines).Count > 0)
                leaked++;
        }
        output.WriteLine($"{corpus}: kind {right}/{total}, notes {notesRight}/{total}");
        Assert.True(right >= 0.97 * total, $"refusal or not right for {right} of {total}");
        Assert.True(notesRight >= 0.95 * total, $"notes found right for {notesRight} of {total}");
        Assert.Equal(0, leaked);
    }
}
