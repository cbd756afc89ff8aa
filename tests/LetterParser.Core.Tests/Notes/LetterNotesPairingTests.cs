using LetterParser.Core.Catalogue;
using LetterParser.Core.Notes;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Notes;

public class LetterNotesPairingTests
{
    private static readonly ConcernsCatalogue Catalogue = ConcernsCatalogue.LoadEmbedded();

    private static FindingsReport Printout(string fileName, string? applicationNumber, string? uci, params Concern[] concerns) =>
        ReportBuilder.Printout(fileName, applicationNumber, uci, concerns);

    private static Concern Funds() => ReportBuilder.FundsConcern();

    private static Concern Ties() => ReportBuilder.TiesConcern();

    private static IReadOnlyList<JoinedReport> Join(params LetterReport[] reports) => LetterNotesPairing.Join(reports, Catalogue);

    [Fact]
    public void ALetterAndThePrintoutOfItsApplicationBecomeOneReportAndThePrintoutsRowSaysWhere()
    {
        var letter = ReportBuilder.Refusal("letter.pdf");
        var printout = Printout("gcms.pdf", "w 309876543", null, Ties());
        var other = ReportBuilder.Refusal("another.pdf") with { Letter = letter.Letter with { ApplicationNumber = "W300000001", Uci = "99999999" } };

        var joined = Join(letter, other, printout);

        Assert.Equal(3, joined.Count);
        var merged = Assert.IsType<FindingsReport>(joined[0].Report);
        Assert.Equal(letter.Findings, merged.Findings);
        Assert.Equal("ties.family-in-canada", Assert.Single(merged.Concerns).ConcernId);
        Assert.Equal(DocumentKind.RefusalLetter, merged.DocumentKind);
        Assert.Equal(["gcms.pdf"], merged.JoinedNotes!);
        Assert.Same(other, joined[1].Report);
        var notes = Assert.IsType<FindingsReport>(joined[2].Report);
        Assert.Equal("letter.pdf", notes.JoinedTo);
        Assert.Equal(0, joined[2].LetterIndex);
        Assert.Equal(printout.Concerns, notes.Concerns);
    }

    [Fact]
    public void TheUciJoinsWhenTheApplicationNumberIsMissing()
    {
        var letter = ReportBuilder.Refusal("letter.pdf");
        var printout = Printout("gcms.pdf", null, "1234-5678", Ties());
        var joined = Join(printout, letter);
        Assert.Equal("letter.pdf", ((FindingsReport)joined[0].Report).JoinedTo);
        Assert.Equal(["gcms.pdf"], ((FindingsReport)joined[1].Report).JoinedNotes!);
    }

    [Fact]
    public void APrintoutOfAnotherApplicationOfTheSamePersonIsNotJoined()
    {
        var letter = ReportBuilder.Refusal("letter.pdf");
        var printout = Printout("gcms.pdf", "W300000009", letter.Letter.Uci, Ties());

        var joined = Join(letter, printout);

        Assert.Same(letter, joined[0].Report);
        Assert.Same(printout, joined[1].Report);
        Assert.Null(joined[1].LetterIndex);
    }

    [Fact]
    public void ConcernsGoUnderTheGroundTheLetterReliesOnAndAddNoGround()
    {
        var letter = ReportBuilder.Refusal("letter.pdf") with
        {
            Findings = [ReportBuilder.Refusal().Findings[0] with
            {
                Factors = [new FactorFinding("will-not-leave.assets-finances", "Assets", "personal assets and financial status", 1, 0.9)],
            }],
        };
        var printout = Printout("gcms.pdf", "W309876543", null, Funds());
        var merged = (FindingsReport)Join(letter, printout)[0].Report;
        Assert.Equal("will-not-leave.assets-finances", Assert.Single(merged.Concerns).GroundId);
        Assert.Equal(letter.Findings, merged.Findings);
    }

    [Fact]
    public void ThePrintoutsConcernAlreadyInTheAttachedNotesIsShownOnce()
    {
        var letter = ReportBuilder.Refusal("letter.pdf") with { Concerns = [Ties()] };
        var printout = Printout("gcms.pdf", "W309876543", null, Ties(), Funds());
        var merged = (FindingsReport)Join(letter, printout)[0].Report;
        Assert.Equal(["ties.family-in-canada", "funds.unexplained-deposit"], merged.Concerns.Select(c => c.ConcernId));
    }

    [Fact]
    public void APrintoutWithoutItsLetterAndAnErrorStayOnTheirOwn()
    {
        var printout = Printout("gcms.pdf", "W300000009", null, Ties());
        var error = new ErrorReport("broken.pdf", new ErrorDetail(ErrorCode.CorruptFile, "The file is damaged."));
        var letter = ReportBuilder.Refusal();

        var joined = Join(printout, error, letter);

        Assert.Equal(3, joined.Count);
        Assert.Same(printout, joined[0].Report);
        Assert.Same(error, joined[1].Report);
        Assert.Same(letter, joined[2].Report);
    }

    [Fact]
    public void TheJoinIsInTheJsonOfJoinedReportsOnlyAndReadsBack()
    {
        var joined = Join(ReportBuilder.Refusal("letter.pdf"), Printout("gcms.pdf", "W309876543", null, Ties()));

        var letterJson = ReportJson.Serialize(joined[0].Report);
        var notesJson = ReportJson.Serialize(joined[1].Report);

        Assert.Contains("\"joinedNotes\":[\"gcms.pdf\"]", letterJson);
        Assert.Contains("\"joinedTo\":\"letter.pdf\"", notesJson);
        Assert.Equal("letter.pdf", ((FindingsReport)ReportJson.Deserialize(notesJson)).JoinedTo);
        Assert.DoesNotContain("joined", ReportJson.Serialize(ReportBuilder.Refusal()), StringComparison.Ordinal);
    }
}
