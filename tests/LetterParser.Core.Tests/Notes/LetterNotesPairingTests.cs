using LetterParser.Core.Catalogue;
using LetterParser.Core.Notes;
using LetterParser.Core.Reports;
using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Notes;

public class LetterNotesPairingTests
{
    private static readonly ConcernsCatalogue Catalogue = ConcernsCatalogue.LoadEmbedded();

    private static RefusalReport Printout(string fileName, string? applicationNumber, string? uci, params Concern[] concerns) =>
        ReportBuilder.Refusal(fileName) with
        {
            IsRefusalLetter = false,
            DocumentKind = DocumentKind.GcmsNotes,
            Letter = new LetterFacts(null, applicationNumber, uci, null, null, PermitType.WorkPermit, DecisionLocation.Unknown, LetterFormat.Unknown),
            Findings = [],
            Concerns = concerns,
        };

    private static Concern Funds(string? ground = "insufficient-funds") =>
        new("funds.unexplained-deposit", ground, "lump sum deposit, no provenance", 3, ["Sale deed"], 0.9);

    private static Concern Ties() =>
        new("ties.family-in-canada", "will-not-leave.family-ties", "two brothers in Toronto", 3, ["Proof of family at home"], 0.9);

    [Fact]
    public void ALetterAndThePrintoutOfItsApplicationBecomeOneReport()
    {
        var letter = ReportBuilder.Refusal("letter.pdf");
        var printout = Printout("gcms.pdf", "w 309876543", null, Ties());
        var other = ReportBuilder.Refusal("another.pdf") with { Letter = letter.Letter with { ApplicationNumber = "W300000001", Uci = "99999999" } };

        var groups = LetterNotesPairing.Pair([("letter.pdf", letter), ("other.pdf", other), ("gcms.pdf", printout)], Catalogue);

        Assert.Equal(2, groups.Count);
        Assert.Equal(["letter.pdf", "gcms.pdf"], groups[0].FileNames);
        var merged = Assert.IsType<RefusalReport>(groups[0].Report);
        Assert.Equal(letter.Findings, merged.Findings);
        Assert.Equal("ties.family-in-canada", Assert.Single(merged.Concerns).ConcernId);
        Assert.Equal(DocumentKind.RefusalLetter, merged.DocumentKind);
        Assert.Equal(["other.pdf"], groups[1].FileNames);
    }

    [Fact]
    public void TheUciJoinsWhenTheApplicationNumberIsMissing()
    {
        var letter = ReportBuilder.Refusal("letter.pdf");
        var printout = Printout("gcms.pdf", null, "1234-5678", Ties());
        var groups = LetterNotesPairing.Pair([("gcms.pdf", printout), ("letter.pdf", letter)], Catalogue);
        Assert.Equal(["letter.pdf", "gcms.pdf"], Assert.Single(groups).FileNames);
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
        var merged = (RefusalReport)LetterNotesPairing.Pair([("letter.pdf", letter), ("gcms.pdf", printout)], Catalogue).Single().Report;
        Assert.Equal("will-not-leave.assets-finances", Assert.Single(merged.Concerns).GroundId);
        Assert.Equal(letter.Findings, merged.Findings);
    }

    [Fact]
    public void ThePrintoutsConcernAlreadyInTheAttachedNotesIsShownOnce()
    {
        var letter = ReportBuilder.Refusal("letter.pdf") with { Concerns = [Ties()] };
        var printout = Printout("gcms.pdf", "W309876543", null, Ties(), Funds());
        var merged = (RefusalReport)LetterNotesPairing.Pair([("letter.pdf", letter), ("gcms.pdf", printout)], Catalogue).Single().Report;
        Assert.Equal(["ties.family-in-canada", "funds.unexplained-deposit"], merged.Concerns.Select(c => c.ConcernId));
    }

    [Fact]
    public void APrintoutWithoutItsLetterAndAnErrorStayOnTheirOwn()
    {
        var printout = Printout("gcms.pdf", "W300000009", null, Ties());
        var error = new ErrorReport("broken.pdf", new ErrorDetail(ErrorCode.CorruptFile, "The file is damaged."));
        var groups = LetterNotesPairing.Pair([("gcms.pdf", printout), ("broken.pdf", error), ("letter.pdf", ReportBuilder.Refusal())], Catalogue);
        Assert.Equal(3, groups.Count);
        Assert.Same(printout, groups[0].Report);
        Assert.Same(error, groups[1].Report);
    }
}
