using System.Text.RegularExpressions;

namespace LetterParser.Core.Notes;

/// <summary>
/// What the lines of a GCMS printout look like (shared/domain/officer-notes.md §1.3): section headings,
/// "Field: value" lines, assessment statuses, dated entry headers with officer codes, system entries
/// and page furniture. The classifier counts them; the concern extractor steps over them.
/// </summary>
internal static partial class GcmsLayout
{
    /// <summary>A printed section heading of a GCMS record ("Client Information", "Notes", "Activities/History").</summary>
    public static bool IsSectionHeading(string folded) => SectionHeading().IsMatch(folded);

    /// <summary>The label of a "Label: value" line when the label is a GCMS field name, else null.</summary>
    public static string? FieldLabel(string folded)
    {
        var m = LabelledLine().Match(folded);
        if (m.Success)
        {
            var label = m.Groups["label"].Value.Trim();
            return KnownLabel().IsMatch(label) ? label : null;
        }
        // Printouts laid out as tables lose the colon: "App Status   Finalized". Only a label of two words or
        // more, or one followed by a status, counts, so that a sentence opening with "Security" does not.
        var table = TableField().Match(folded.Trim());
        if (!table.Success)
            return null;
        var tableLabel = table.Groups["label"].Value;
        var value = table.Groups["value"].Value;
        return (tableLabel.Contains(' ') && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5) || StatusValue().IsMatch(value)
            ? tableLabel
            : null;
    }

    /// <summary>
    /// A line that is record structure rather than an officer's words: a GCMS field with its value, a
    /// label whose value is a status, date or code, an entry header, a system entry or page furniture.
    /// </summary>
    public static bool IsStructure(string folded)
    {
        var text = folded.Trim();
        if (text.Length == 0 || Furniture().IsMatch(text) || EntryHeader().IsMatch(text) || SystemEntry().IsMatch(text))
            return true;
        var m = LabelledLine().Match(text);
        if (!m.Success)
            return TableField().IsMatch(text) && FieldLabel(text) is not null;
        var value = m.Groups["value"].Value.Trim();
        return KnownLabel().IsMatch(m.Groups["label"].Value.Trim()) && !LooksLikeNoteText(value)
            || CodeOrDate().IsMatch(value);
    }

    // A known label can still open an officer's sentence ("Eligibility: PA has not shown ..."): a long
    // value with a verb in it is the officer writing, not a field.
    private static bool LooksLikeNoteText(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6;

    public static bool IsPageFurniture(string folded) => Furniture().IsMatch(folded.Trim());

    [GeneratedRegex(@"^\s*(application( information| details)?|client (information|details)|personal (information|details)|principal applicant|assessments?( summary)?|eligibility|admissibilit(y|ies)|finali[sz]e application|final decision|decision|correspondence|appeals?( and litigation)?|fees?|associations?|online activity|activities(\s*/\s*history)?|activities and history|history|e-?docs|documents|notes|case notes|gcms notes|refusal grounds|background|renseignements sur (la demande|le client)|evaluations?|admissibilite|decision finale|historique|activites|correspondance|frais)\s*:?\s*$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?<label>app(lication)? status|status reason|primary office|secondary office|received date|date received|created date|created by|final decision|decision date|refusal grounds?|line of business|date of birth|country of (birth|citizenship|residence)|marital status|family name|given names?|org(anized)? crim(e|inality)|info(rmation)? sharing|other req(uirement)?s|eligibility|security|criminality|medical|misrepresentation|hirv|category|uci|client id|decision finale|date de naissance|etat matrimonial|bureau principal|statut)\s+(?<value>\S.{0,60})$")]
    private static partial Regex TableField();

    [GeneratedRegex(@"^\s*(?<label>[a-z][a-z /()#'&.-]{1,40}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"^(application (number|no\.?|#|id)|app(lication)? status|status( reason| date)?|uci|client id|client uci|uci/client id|category|sub-?category|line of business|program|case type|primary office|secondary office|office|processing office|received date|date received|created date|date created|created by|modified by|last updated|final decision|decision date|decision|refusal grounds?|eligibility|security|criminality|medical|misrepresentation|hirv|org(anized)? crim(e|inality)|info(rmation)? sharing|other req(uirement)?s|biometrics|family name|surname|given names?|first name|last name|name|date of birth|dob|country of birth|place of birth|citizenship|country of citizenship|country of residence|residence country|marital status|gender|sex|passport( number| no\.?| expiry)?|language( of correspondence)?|native language|email|e-mail|phone|telephone|address|intended occupation|occupation|noc|teer|employer|work location|lmia( number| no\.?)?|dli( number)?|program of study|field of study|level of study|education|fees? paid|fee|amount|user|officer|author|entered by|note type|type|priority|source|time|page|exemption|stage|activity|code|foss id|gcms id|file number|request number|numero de demande|iuc|categorie|bureau( principal| secondaire)?|statut|date de reception|date de creation|cree par|decision finale|motifs? du refus|admissibilite|nom( de famille)?|prenoms?|date de naissance|citoyennete|pays de residence|etat (matrimonial|civil)|sexe|auteur|type de note|langue|courriel|adresse|profession|employeur)$")]
    private static partial Regex KnownLabel();

    /// <summary>An assessment or application status value ("Passed", "Review Required", "Refused").</summary>
    public static bool IsStatusValue(string foldedValue) => StatusValue().IsMatch(foldedValue.Trim());

    [GeneratedRegex(@"^([a-z]?\d[\d\s/.:-]*[a-z]?|[a-z]{1,3}\d{4,}|(19|20)\d\d-\d\d-\d\d.*)\.?$")]
    private static partial Regex CodeOrDate();

    [GeneratedRegex(@"^(passed|failed|not started|in progress|review required|not required|completed?|closed|finali[sz]ed|open|refused|approved|withdrawn|pending|yes|no|n/a|none|met|not met|satisfied|not satisfied|reussie?|echouee?|non commencee?|en cours|refusee?|approuvee?|oui|non|fermee?|[a-z]?\d[\d\s/.:-]*[a-z]?|[a-z]{1,3}\d{4,}|(19|20)\d\d-\d\d-\d\d.*)\.?$")]
    private static partial Regex StatusValue();

    [GeneratedRegex(@"^(page\s*\d+\s*(of|de|/)\s*\d+|-\s*\d+\s*-|\d+\s*/\s*\d+|s\.\s*\d+(\(\d+\))*(\([a-z]\))?( \w+)?|(disclosed|released|withheld)( in part| under| pursuant)?.{0,60}|protected( [ab])?|protege( [ab])?|unclassified|non classifie|(atip|aiprp|a-\d{4}-\d+).{0,40}|(exemption|exception)s?\b.{0,40})$")]
    private static partial Regex Furniture();

    // "2025-08-14 10:32  VO12345", "Note 3 - 2025/08/14 - ABC1234", "14-AUG-2025 SYSTEM".
    [GeneratedRegex(@"^((note|entry|remarque)\s*#?\s*\d+\b.{0,60}|((19|20)\d\d[-/.]\d\d?[-/.]\d\d?|\d\d?[-/ ][a-z]{3}[-/ ](19|20)\d\d)([\sT]+\d\d?:\d\d(:\d\d)?)?(\s+[-|]?\s*[a-z]{0,6}[-_]?[a-z0-9]{0,10}){0,3})\s*$")]
    private static partial Regex EntryHeader();

    [GeneratedRegex(@"^(system( generated)?\b.{0,80}|(refusal|approval|decision|acknowledgement|request|pfl|procedural fairness)( letter)? (generated|sent|created|issued|printed|uploaded)\b.{0,40}|final decision (updated|entered|recorded)\b.{0,40}|(status|application status) (changed|updated)\b.{0,60}|(e-?mail|correspondence|letter) sent\b.{0,60}|document(s)? (uploaded|received|added)\b.{0,60}|(fee|fees) (paid|received)\b.{0,40}|biometrics (collected|enrolled|received)\b.{0,40}|application (received|transferred|assigned)\b.{0,60}|file (transferred|assigned)\b.{0,60})$")]
    private static partial Regex SystemEntry();
}
