using LetterParser.Core.Matching;
using LetterParser.Core.Reading;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Tests.Support;

/// <summary>
/// Hand-made results of the early stages, for the tests of the late ones (assembling, reviewing): a clean header
/// and empty matches, which each test changes with <c>with</c> in the one part it is about.
/// </summary>
internal static class StageResults
{
    /// <summary>A work-permit letter from a visa section abroad, every header field read.</summary>
    public static readonly HeaderFacts AbroadHeader = new(LetterLanguage.En, new LetterFacts(new DateOnly(2024, 3, 18), "W309876543", "12345678",
        "Jane Doe", "Visa Section, Embassy of Canada, Ankara", PermitType.WorkPermit, DecisionLocation.OutsideCanada, LetterFormat.Unknown), IsIrccLetter: true);

    /// <summary><see cref="AbroadHeader"/> with some of its letter facts changed.</summary>
    public static HeaderFacts AbroadHeaderWith(Func<LetterFacts, LetterFacts> change) => AbroadHeader with { Letter = change(AbroadHeader.Letter) };

    public static readonly MatchedReasons NothingMatched = new([], [], [], [], [], FormWithoutBoxes: false);

    /// <summary>A letter read without finding its parts: no header, reasons or notes lines.</summary>
    public static readonly LetterSections NoSections = new([], [], [], [], NotesOnly: false);
}
