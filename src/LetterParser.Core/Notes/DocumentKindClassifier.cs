using System.Text.RegularExpressions;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Notes;

/// <summary>What a document is, how sure the classifier is, and where the officer's notes in it begin.</summary>
/// <param name="Unclear">The signals were weak or pointed two ways: a person should check (review code unclear-document-kind).</param>
/// <param name="NotesStart">
/// Index into the lines of the notes heading: the heading of decision notes attached after a refusal
/// letter, the Notes section of a GCMS printout, or the heading of a notes file of its own. Null when
/// there is none. A refusal letter's reasons end before it.
/// </param>
/// <param name="StructuredPrintout">A GCMS printout recognised by its record structure (fields, sections, entries): a
/// whole document of its own. Notes recognised only by a heading at the top may be a letter's lost second page.</param>
public sealed record DocumentKindResult(DocumentKind Kind, double Confidence, bool Unclear, int? NotesStart, bool StructuredPrintout = false)
{
    /// <summary>
    /// The lines the concern extractor should read: the notes after their heading (refusal letter, GCMS
    /// printout), the whole printout when it has no Notes heading, the whole procedural-fairness letter,
    /// and nothing for any other document, so that a letter without notes never yields a concern.
    /// </summary>
    public IReadOnlyList<DocumentLine> ConcernLines(IReadOnlyList<DocumentLine> lines) => Kind switch
    {
        DocumentKind.RefusalLetter when NotesStart is { } start => lines.Skip(start + 1).ToList(),
        DocumentKind.GcmsNotes when NotesStart is { } start => lines.Skip(start + 1).ToList(),
        DocumentKind.GcmsNotes or DocumentKind.ProceduralFairnessLetter => lines,
        _ => [],
    };
}

/// <summary>
/// Tells a refusal letter from a GCMS printout, a procedural-fairness letter, an approval and everything
/// else IRCC sends. Each kind is recognised by what it does (decides, records, invites a response,
/// releases records, asks for documents), not by whether the word "refused" appears: printouts,
/// fairness letters and release cover letters all mention refusals without being one.
/// </summary>
public sealed partial class DocumentKindClassifier
{
    /// <summary>Record structure needed before a document with no letter around it reads as a GCMS printout.</summary>
    private const int GcmsStructureNeeded = 5;

    public DocumentKindResult Classify(IReadOnlyList<DocumentLine> lines)
    {
        var folded = lines.Select(l => NotesText.FoldInPlace(l.Text).Trim()).ToList();
        var headings = Enumerable.Range(0, folded.Count).Where(i => IsNotesHeading(folded[i])).ToList();
        var firstText = folded.FindIndex(f => f.Length > 0);

        // A notes heading at the very top opens a notes file (or a printout titled "GCMS notes").
        var topHeading = headings.FirstOrDefault(i => i <= firstText + 1, -1);
        var laterHeading = headings.FirstOrDefault(i => i > firstText + 1, -1);
        var letterEnd = laterHeading >= 0 ? laterHeading : folded.Count;
        var letter = folded.Take(letterEnd).ToList();
        // One running text, so that a phrase broken over two lines ("Je / refuse votre demande") is still found.
        var letterText = string.Join(' ', letter.Where(l => l.Length > 0));

        var structure = GcmsStructure(topHeading >= 0 ? folded : letter);
        var salutation = letter.Take(40).Any(l => Salutation().IsMatch(l));
        var refusal = RefusalStrength(letterText);
        var fairness = Count(letterText, FairnessCues());
        var release = Count(letterText, ReleaseCues());
        var request = Count(letterText, RequestCues());
        var approval = Approval().IsMatch(letterText);
        int? notesStart = laterHeading >= 0 ? laterHeading : topHeading >= 0 ? topHeading : null;

        // A printout records the file: sections, fields, statuses, dated entries; no one is addressed.
        if (structure >= GcmsStructureNeeded && (!salutation || structure >= 2 * GcmsStructureNeeded))
            return new(DocumentKind.GcmsNotes, structure >= 8 ? 0.95 : 0.85, false, GcmsNotesStart(folded, headings, firstText), StructuredPrintout: true);
        if (topHeading >= 0 && !salutation)
            return new(DocumentKind.GcmsNotes, 0.8, structure < 2, GcmsNotesStart(folded, headings, firstText));

        // A decision outweighs everything a letter may also say: a refusal may cite the fairness letter
        // before it. Below that strength, the other kinds win over a mention of an earlier refusal.
        var decided = refusal >= 3;
        if (!decided && fairness >= 2)
            return new(DocumentKind.ProceduralFairnessLetter, fairness >= 3 ? 0.95 : 0.85, refusal >= 2, null);
        if (!decided && release >= 2)
            return new(DocumentKind.Other, 0.9, refusal >= 2 || structure >= 3, null);
        if (!decided && request >= 2)
            return new(DocumentKind.Other, 0.85, refusal >= 2 || fairness == 1, null);
        if (refusal < 2 && approval)
            return new(DocumentKind.ApprovalLetter, 0.9, refusal == 1, null);
        if (refusal >= 2)
        {
            // A full decision (decides, gives reasons, says what next) is a refusal even though refusals
            // also ask for documents or give days to leave: then only a strong sign of another kind (a
            // fairness letter's invitation, a records release) leaves it unclear. A bare decision weighs
            // every competing cue.
            var competing = decided
                ? fairness >= 3 || release >= 2 || (structure >= GcmsStructureNeeded && !salutation)
                : fairness + release + request > 1 || (structure >= 3 && !salutation);
            return new(DocumentKind.RefusalLetter, competing ? 0.75 : 0.95, competing, notesStart);
        }
        if (!salutation && NotesProse(letterText))
            return new(DocumentKind.GcmsNotes, 0.65, true, notesStart);
        // A lone refusal word counts only in a letter from IRCC: banks and schools refuse things too.
        if (refusal == 1 && IrccLetter().IsMatch(letterText))
            return new(DocumentKind.RefusalLetter, 0.55, true, notesStart);
        var unclear = fairness + release + request > 0 || structure >= 3;
        return new(DocumentKind.Other, unclear ? 0.6 : 0.8, unclear, null);
    }

    /// <summary>A heading of the officer's notes, of any of the kinds IRCC and the Court use.</summary>
    public static bool IsNotesHeading(string line) => NotesHeading().IsMatch(NotesText.FoldInPlace(line).Trim());

    // In a printout the notes are under their own section heading, after the title lines.
    private static int? GcmsNotesStart(List<string> folded, List<int> headings, int firstText)
    {
        var section = headings.FirstOrDefault(i => i > firstText + 1 && PlainNotesSection().IsMatch(folded[i]), -1);
        if (section >= 0)
            return section;
        return headings.Count > 0 ? headings[0] : null;
    }

    private static int GcmsStructure(IEnumerable<string> folded)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var score = 0;
        foreach (var line in folded)
        {
            if (GcmsLayout.FieldLabel(line) is { } label && !LetterHeaderLabel().IsMatch(label))
                labels.Add(label);
            else if (GcmsLayout.IsSectionHeading(line))
                labels.Add("§" + line.TrimEnd(':', ' '));
            else if (EntryHeader().IsMatch(line))
                score++;
            if (GcmsMarker().IsMatch(line))
                labels.Add("marker");
        }
        return labels.Count + Math.Min(score, 3);
    }

    private static int RefusalStrength(string text)
    {
        var strength = 0;
        if (DecisiveRefusal().IsMatch(text)) strength += 2;
        if (RefusalReasons().IsMatch(text)) strength++;
        if (RefusalTail().IsMatch(text)) strength++;
        return strength;
    }

    private static bool NotesProse(string text) =>
        ThirdPerson().Matches(text).Count >= 2 && NotesConclusion().IsMatch(text);

    private static int Count(string text, Regex cues) =>
        cues.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).Count();

    // Qualified headings may run on into the first note ("Officer's notes: PA is ..."); a bare "Notes" or
    // "Note" must stand alone, because letters print "Note: if you are in Canada ..." in their body.
    [GeneratedRegex(@"^\s*(?=.{0,80}$)(page\s*\d+\s*[-:]?\s*)?((((the\s+)?(officer|agent|visa officer|reviewing officer)('?s)?\s+)(decision\s+|case\s+|review\s+)?notes?|(decision|case|review)\s+notes?|gcms\s+notes?|smgc\s+notes?|notes\s+(du\s+)?sm?gc|notes\s+(de|d')\s*(decision\s+de\s+)?l'?\s*agent(e)?(\s+au\s+smgc)?|notes\s+de\s+(la\s+)?decision|notes\s+d'agent|motifs\s+de\s+la\s+decision|reasons\s+for\s+(the\s+)?decision|notes\s+to\s+file)(\s+(of the (officer|decision)|du dossier|relatives a la decision))?\s*([:\-–(].*)?|notes?\s*:?)\s*$")]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"^\s*notes?\s*:?\s*$")]
    private static partial Regex PlainNotesSection();

    // A letter's own header carries these too; only the printout's other fields count as structure.
    [GeneratedRegex(@"^(application (number|no\.?|#)|uci|client id|date|name|address|numero de demande|iuc|nom|adresse|file number)$")]
    private static partial Regex LetterHeaderLabel();

    [GeneratedRegex(@"(\bgcms\b|\bsmgc\b|global case management|systeme mondial de gestion des cas|\bfoss\b|page\s*\d+\s*(of|de)\s*\d+)")]
    private static partial Regex GcmsMarker();

    [GeneratedRegex(@"^((19|20)\d\d[-/.]\d\d?[-/.]\d\d?|\d\d?[-/ ][a-z]{3}[-/ ](19|20)\d\d)\b.{0,50}\b[a-z]{0,4}[-_]?\d{3,}\b|^(note|entry)\s*#?\s*\d+\b")]
    private static partial Regex EntryHeader();

    [GeneratedRegex(@"^\s*((dear|cher|chere|bonjour|to whom)\b|(madame|monsieur)\b[^,:]{0,40}[,:]?\s*$)")]
    private static partial Regex Salutation();

    // Present decisions only: "your application was refused on ..." in a later letter is history, not a decision.
    // A decision may be worded as what cannot happen ("the application cannot be approved", "ne peut être accueillie"),
    // and its verb may stand a few words from its auxiliary ("est par conséquent refusée", "is, therefore, refused").
    // OCR glues a short pronoun to the auxiliary ("ithas been refused"), so the auxiliary may follow "it" or "i" directly.
    [GeneratedRegex(@"(am refusing|are refusing|therefore refusing|must refuse|refuse your application|(\b|(?<=\b(it|i)))(is|has been|have been),?\s+([\w']+,?\s+){0,3}refused|\bi have refused|\bwe have refused|\bdenied your application|je refuse|nous refusons|\b(est|a ete),?\s+([\w']+,?\s+){0,3}refusee|j'ai refuse|avons refuse|dois refuser|regret to inform you that your application|(cannot|can not|could not|will not) be approved|(is|was|has) not (been )?approved|unable to approve|ne (peut|pouvait|pourra) (pas )?etre (approuvee|accueillie|acceptee)|n'a pas ete (approuvee|accueillie|acceptee))")]
    private static partial Regex DecisiveRefusal();

    [GeneratedRegex(@"(following reasons?|motifs suivants|not satisfied that you|have not satisfied me|ne suis pas convaincu|m'avez pas convaincu|does not meet the requirements|do not meet the requirements|ne satisfait pas|ne satisfaites pas|you are inadmissible|vous etes interdit de territoire)")]
    private static partial Regex RefusalReasons();

    [GeneratedRegex(@"(judicial review|controle judiciaire|federal court|cour federale|(re-?apply|submit a new application|new application)|nouvelle demande|leave canada (immediately|by)|must leave canada|devez quitter le canada|restoration|retablissement)")]
    private static partial Regex RefusalTail();

    [GeneratedRegex(@"(procedural fairness|equite procedurale|opportunity to (respond|address|provide|disabuse|submit)|possibilite de (repondre|presenter|fournir)|before (a|making a|i make a|rendering a|making my) (final )?decision|avant de (prendre|rendre) (une|ma) decision|avant qu'une decision|\b(i|we) have (some |serious )?concerns|\bconcerns? (that|regarding|about|with)\b|preoccupations?|j'ai des (doutes|reserves|preoccupations)|may not meet the requirements|may (result|lead) in (the )?refusal|pourrait (entrainer|mener a) (le|un) refus|\b(you have|within|dans les|dans un delai de)\b.{0,30}\b(days|jours)\b|\brespond\b.{0,60}\b(by|before|no later than|au plus tard)\b|interview (is |has been )?scheduled|convocation a une entrevue)")]
    private static partial Regex FairnessCues();

    [GeneratedRegex(@"(privacy act|access to information|protection des renseignements personnels|acces a l'information|\batip\b|\baiprp\b|your (access |privacy )?request|votre demande (d'acces|de communication|de renseignements personnels|en vertu)|records? (are|is|were|have been) (enclosed|attached|released|disclosed)|please find (enclosed|attached)|ci-joint|ci-inclus|exempt(ed|ions?)\b|disclosed|release package|pages? (were|have been|are) (reviewed|processed|released|enclosed)|request (number|no\.?)|documents? communiques?)")]
    private static partial Regex ReleaseCues();

    [GeneratedRegex(@"(biometric|donnees biometriques|medical (exam|examination|instructions)|examen medical|immigration medical|please (submit|provide|send|upload|bring|give)|veuillez (soumettre|fournir|presenter|nous faire parvenir|televerser|envoyer)|we (need|require) (additional|the following|more)|additional (documents|information)\b.{0,20}(required|needed|requis)|request for (additional )?(documents|information)|demande de (documents|renseignements) (supplementaires|additionnels)|in order to (continue|finalize|complete)( the)? processing|afin de (poursuivre|continuer|completer) le traitement|to continue processing|passport request|submit your passport|police certificate|certificat de police|instruction letter|lettre d'instructions)")]
    private static partial Regex RequestCues();

    [GeneratedRegex(@"((has|have) been approved|\bis approved|approved your|we are pleased|pleased to inform|port of entry letter|letter of introduction|a ete approuvee|est approuvee|nous avons le plaisir|lettre d'introduction|approval letter|your (visa|permit) (has been|will be) issued)")]
    private static partial Regex Approval();

    [GeneratedRegex(@"(immigration, refugees and citizenship canada|immigration, refugies et citoyennete canada|citizenship and immigration canada|citoyennete et immigration canada|visa section|section des visas|case processing cent|centre de traitement|\buci\b|\biuc\b|client id|unique client identifier|application (number|no)|numero de demande|embassy of canada|high commission of canada|ambassade du canada|consulat|\bircc\b|\birpr?\b|\bripr\b|\blipr\b)")]
    private static partial Regex IrccLetter();

    [GeneratedRegex(@"\b(pa|p\.a\.|the applicant|subject|client|fn|le demandeur|la demanderesse)\b")]
    private static partial Regex ThirdPerson();

    [GeneratedRegex(@"(application reviewed|i have reviewed the application|file reviewed|\brefused\b|\brefusee?\b|on balance|weighing the factors)")]
    private static partial Regex NotesConclusion();
}
