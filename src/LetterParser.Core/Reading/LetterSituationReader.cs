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

    // Restoration ruled out, in the ways letters say it: the negation tied to restoration itself ("no further
    // restoration is possible", "you cannot apply to have it restored", "not eligible for restoration", "aucun
    // autre rétablissement", "vous ne pouvez pas demander le rétablissement"), or the 90 days gone ("more than 90
    // days have passed", "plus de 90 jours se sont écoulés"). A conditional ("if you do not apply to restore") or a
    // ban on working while restoration is processed does not rule it out. A refused restoration that came too late
    // says so by its outcome ("your status cannot be restored", "more than 90 days after you lost your status").
    // A refused application that was itself for restoration ("your application for restoration has been refused",
    // "votre demande de rétablissement est refusée") leaves none to make: restoration is had once, within 90 days.
    // A refusal of any further one says it with words between ("vous ne pouvez pas présenter une nouvelle demande de
    // rétablissement", "you may not submit another application for restoration").
    [GeneratedRegex(@"(\bno (further |other |longer )?restor|restor\w*\s+(is|would be|will be|was)\s+(\w+\s+)?(not|no longer)\s+(available|possible|open|an option)|(not|no longer|in)\s*eligible\s+(to apply\s+)?(for|to)\s+(restor|apply for restor|have (it|your status) restored)|(cannot|can not|may not|unable to|not able to)\s+(apply\s+(for|to)\s+)?(restor|have (it|your status|them) restored)|(more than|over|beyond)\s+(the\s+)?(90|ninety)\s*(\(90\)\s*)?days\s+(have|has)\s+(passed|elapsed|gone by)|(90|ninety)[- ]day\s+(restoration\s+)?(period|deadline|window|limit)\s+(has\s+|have\s+)?(passed|expired|elapsed|lapsed|ended)|aucun (autre )?retablissement|ne (pouvez|pourrez|peut) (pas|plus) (demander|presenter|obtenir|soumettre)(\s+\S+){0,4}\s+retablissement|(cannot|can not|may not|unable to|not able to) (apply|submit|make)(\s+\S+){0,4}\s+restor|retablissement\s+n'(est|etait) (pas|plus) possible|(pas|plus) admissible au retablissement|plus de (90|quatre-vingt-dix) jours (se sont|s'etant) ecoules|delai de (90|quatre-vingt-dix) jours[^.]{0,40}(expire|ecoule|depasse)|(status|it) (cannot|can not|could not|will not) be restored|(more than|over)\s+(90|ninety)\s+days\s+after\s+you\s+lost|expired\s+(more than|over)\s+(90|ninety)\s+days\s+(earlier|before|ago)|not (made|submitted|received) within the (90|ninety)[- ]day|not (made|submitted|received) within the (period|time limit) (set out|prescribed) in (section|s\.)\s*182|ne (peut|pouvait|pourra) (pas |plus )?etre retabli|plus de (90|quatre-vingt-dix) jours apres (la perte|avoir perdu)|n'a pas ete (presentee|soumise|recue) dans le delai|(application|request)s? (for|to) (the )?restor\w*[^.;]{0,60}?\b(has been|have been|is|are|was|were) (refused|denied|rejected)|demandes? de retablissement[^.;]{0,60}?\b(est|sont|a ete|ont ete) (refusee|rejetee)s?)")]
    private static partial Regex RestorationUnavailable();

    // Told to leave, or told there is no status left: "(you) must leave Canada", "you are now without status",
    // "(vous) devez quitter le Canada / le pays", "vous n'avez (aucun|pas de|plus de) statut", "sans statut".
    [GeneratedRegex(@"(\b(must|are required to|will need to|have to|should) (now |immediately )?(leave|depart( from)?) canada|\bwithout (legal |valid )?status\b|no longer have (legal |valid )?(temporary resident )?status|(have|has) no (legal |valid )?status|(do|does) not have (legal |valid )?status|not authori[sz]ed to remain in canada|\bdevez (maintenant |immediatement |donc )?quitter (le canada|le pays)|sans statut|n'avez (plus|aucun|pas) (de )?statut|(etes|est) tenue? de quitter le (canada|pays)|n'etes pas autorisee? a demeurer au canada)")]
    private static partial Regex MustLeave();
}
