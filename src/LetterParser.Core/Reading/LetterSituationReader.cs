using System.Text.RegularExpressions;

namespace LetterParser.Core.Reading;

/// <summary>
/// What the letter says about the person's situation in Canada, beyond the grounds: that restoration is no longer
/// open (the 90 days have passed, or the officer rules it out), and that they are without status or must leave.
/// </summary>
public sealed record LetterSituation(bool RestorationUnavailable, bool MustLeaveCanada);

public static partial class LetterSituationReader
{
    public static LetterSituation Read(LetterSections sections)
    {
        var folded = string.Join(' ', sections.Letter.Select(l => l.Folded));
        return new LetterSituation(RestorationUnavailable().IsMatch(folded), MustLeave().IsMatch(folded));
    }

    // "restoration is not available", "not eligible for restoration", "the 90-day period has expired", "more than
    // 90 days after", and the French "le rétablissement n'est pas possible", "plus de 90 jours", "délai ... expiré".
    [GeneratedRegex(@"(restor\w*[^.]{0,60}\b(not|no longer|un)\s*(be\s+)?(available|possible|open|eligible)|(not|in)\s*eligible\s+(to apply\s+)?(for|to)\s+(restor|apply for restor)|(ineligible|not eligible) for restoration|cannot (apply for|be granted) restoration|(more than|over|beyond|after)\s+(the\s+)?(90|ninety)\s*(\(90\)\s*)?days?[^.]{0,80}(status|expir|loss)|(90|ninety)[- ]day\s+(restoration\s+)?(period|deadline|window)\s+(has\s+|have\s+)?(passed|expired|elapsed|lapsed|ended)|retablissement[^.]{0,60}(n'est pas|ne peut pas|pas|plus)\s*(possible|admissible|ouvert)|(pas|plus)\s+admissible\s+au\s+retablissement|plus de (90|quatre-vingt-dix) jours|delai de (90|quatre-vingt-dix) jours[^.]{0,40}(expire|ecoule|depasse))")]
    private static partial Regex RestorationUnavailable();

    [GeneratedRegex(@"(you (must|are required to|should|will need to|have to) (now )?leave canada|(you are|you're) (now )?without (legal )?status|no longer have (legal |valid )?(temporary resident )?status|(are|is) not authori[sz]ed to remain in canada|vous devez (maintenant )?quitter le canada|vous etes (maintenant )?sans statut|n'avez plus de statut|(etes|est) tenue? de quitter le canada|n'etes pas autorisee? a demeurer au canada)")]
    private static partial Regex MustLeave();
}
