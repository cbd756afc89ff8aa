using System.Text;
using System.Text.RegularExpressions;
using LetterParser.Core.Documents;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Reading;

/// <summary>
/// Reads a <see cref="DocumentText"/> as a letter: header facts, the reasons block split into reason
/// items (with each item's checkbox state), and officer notes attached after the letter.
/// </summary>
public sealed partial class LetterReader
{
    // StartsBlock: the line is first on its page or stands apart from the line above by more than the usual line pitch.
    private sealed record Line(int Page, int Index, string Text, string Folded, Box Box, IReadOnlyList<(Box Box, bool Checked)> Marks, IReadOnlyList<Word> Words, bool StartsBlock);

    public LetterReading Read(DocumentText document)
    {
        var lines = Flatten(document);
        var notesStart = FindNotesStart(lines);
        var letterLines = notesStart < 0 ? lines : lines.Take(notesStart).ToList();
        var officerNotes = notesStart < 0 ? null : TextCleanup.Join(lines.Skip(notesStart).Select(l => l.Text));

        var reasonsStart = FindReasonsStart(letterLines);
        var reasonsEnd = FindReasonsEnd(letterLines, reasonsStart);
        var header = letterLines.Take(Math.Max(reasonsStart, Math.Min(letterLines.Count, 25))).ToList();
        var headerFolded = header.Select(l => l.Folded).ToList();
        var allFolded = letterLines.Select(l => l.Folded).ToList();
        var fullFolded = string.Join(' ', allFolded);

        var block = letterLines.Skip(reasonsStart).Take(reasonsEnd - reasonsStart).Where(l => !IsPageFurniture(l.Folded)).ToList();
        var usesCheckboxes = block.Any(l => l.Marks.Count > 0);
        // A printed checkbox list whose boxes a scan turned into stray characters ("@ travel history",
        // "Q purpose of visit"): ticked and empty cannot be told apart, so it is read as a checkbox
        // letter with no readable box, and nothing in it counts as a ground.
        var boxesUnreadable = !usesCheckboxes && block.Count(l => StrayMarkAtStart().IsMatch(l.Text)) >= 3;
        usesCheckboxes |= boxesUnreadable;
        var reasons = usesCheckboxes ? CheckboxItems(block) : SentenceItems(block);

        var applicationNumber = HeaderReader.FindApplicationNumber(headerFolded) ?? HeaderReader.FindApplicationNumber(allFolded);
        var office = HeaderReader.FindOffice(header.Select(l => l.Text).ToList()) ?? HeaderReader.FindOffice(letterLines.Select(l => l.Text).ToList());
        // OCR bends place names; put them back in their spelling. A text layer is printed as it is.
        if (office is not null && document.Pages.Any(p => p.Method == ReadingMethod.Ocr))
            office = Catalogue.OfficePlaces.Default.Correct(office);
        return new LetterReading(
            DetectLanguage(fullFolded),
            HeaderReader.FindDate(headerFolded),
            applicationNumber,
            HeaderReader.FindUci(headerFolded) ?? HeaderReader.FindUci(allFolded),
            ApplicantName(header, letterLines),
            office,
            DetectPermitType(fullFolded, applicationNumber),
            DetectLocation(office, fullFolded),
            usesCheckboxes,
            boxesUnreadable,
            !usesCheckboxes && block.Any(l => Bullet().IsMatch(l.Text)),
            reasons,
            officerNotes,
            DetectKind(fullFolded),
            IrccLetter().IsMatch(fullFolded) && !PaymentDocument().IsMatch(fullFolded));
    }

    /// <summary>
    /// A labelled or greeted name first; the address block's name when the greeting is generic, or when
    /// the greeting gives only the surname the address block spells out ("Dear Ms. Mensah" above "Esther MENSAH").
    /// </summary>
    private static string? ApplicantName(List<Line> header, List<Line> letterLines)
    {
        var greeted = RestoreCapitalI(HeaderReader.FindApplicantName(header.Select(l => l.Text).ToList()));
        var addressed = RestoreCapitalI(AddresseeName(letterLines));
        if (greeted is null)
            return addressed;
        if (addressed is not null && !greeted.Contains(' ', StringComparison.Ordinal)
            && LatinFolding.Fold(addressed).EndsWith(LatinFolding.Fold(greeted), StringComparison.Ordinal))
            return addressed;
        return greeted;
    }

    /// <summary>OCR reads the capital I that opens a name as a small l ("Salma ldrissi"); names start with capitals.</summary>
    private static string? RestoreCapitalI(string? name) =>
        name is null ? null : LeadingSmallL().Replace(name, "I");

    [GeneratedRegex(@"(?<=^|\s)l(?=[bcdfghjkmnpqrstvwxz])")]
    private static partial Regex LeadingSmallL();

    private static List<Line> Flatten(DocumentText document)
    {
        var lines = new List<Line>();
        foreach (var page in document.Pages)
        {
            var unplaced = page.Checkboxes.ToList();
            var pageLines = page.Method == ReadingMethod.Ocr
                ? page.Lines.Select(l => TypedBoxes.Take(l, unplaced)).Where(l => l.Words.Count > 0).ToList()
                : page.Lines.Where(l => l.Words.Count > 0).ToList();
            var marksByLine = new List<(Box, bool)>[pageLines.Count];
            for (var i = 0; i < pageLines.Count; i++)
                marksByLine[i] = [];
            foreach (var mark in unplaced)
            {
                // A mark belongs to the line it shares a baseline with; failing that, the nearest line below or level.
                var best = -1;
                var bestDistance = double.MaxValue;
                for (var i = 0; i < pageLines.Count; i++)
                {
                    var box = pageLines[i].Box;
                    var distance = box.VerticalOverlap(mark.Box) > 0.3 ? 0 : Math.Abs(box.CenterY - mark.Box.CenterY);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = i;
                    }
                }
                var lineHeight = best >= 0 ? Math.Max(pageLines[best].Box.Height, mark.Box.Height) : 0;
                if (best >= 0 && bestDistance <= lineHeight)
                    marksByLine[best].Add((mark.Box, mark.IsChecked));
            }
            var pitch = TypicalPitch(pageLines);
            for (var i = 0; i < pageLines.Count; i++)
            {
                var text = TextCleanup.Tidy(pageLines[i].Text);
                var startsBlock = i == 0 || pageLines[i].Box.Top - pageLines[i - 1].Box.Top > 1.45 * pitch;
                lines.Add(new Line(page.Number, lines.Count, text, LatinFolding.Fold(text), pageLines[i].Box,
                    marksByLine[i].OrderBy(m => m.Item1.Left).ToList(), pageLines[i].Words, startsBlock));
            }
        }
        return lines;
    }

    /// <summary>The usual distance from one line's top to the next on a page: the lower median of the steps.</summary>
    private static double TypicalPitch(List<TextLine> lines)
    {
        var steps = new List<double>(lines.Count);
        for (var i = 1; i < lines.Count; i++)
        {
            var step = lines[i].Box.Top - lines[i - 1].Box.Top;
            if (step > 0)
                steps.Add(step);
        }
        if (steps.Count == 0)
            return lines.Count > 0 ? Math.Max(1, lines[0].Box.Height * 1.2) : 1;
        steps.Sort();
        // The lower median: more lines sit inside paragraphs than between them.
        return steps[(steps.Count - 1) / 3];
    }

    private static int FindNotesStart(List<Line> lines)
    {
        // Notes come after the letter: never in its first lines.
        for (var i = 8; i < lines.Count; i++)
        {
            if (NotesHeading().IsMatch(lines[i].Folded))
                return i;
        }
        return -1;
    }

    private static int FindReasonsStart(List<Line> lines)
    {
        // The reasons follow the salutation. Opening sentences in between are boilerplate to the matcher,
        // which is sturdier than finding the opening by its words: OCR and line breaks split those.
        for (var i = 0; i < Math.Min(lines.Count, 45); i++)
        {
            if (SalutationLine().IsMatch(lines[i].Folded))
                return i + 1;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (Opening().IsMatch(lines[i].Folded))
            {
                // Start at the head of the opening's paragraph so that its sentences are read whole.
                var start = i;
                while (start > 0 && i - start < 6 && !lines[start].StartsBlock && lines[start - 1].Page == lines[start].Page)
                    start--;
                return start;
            }
        }
        return 0;
    }

    /// <summary>
    /// When the salutation is generic ("Dear Applicant"), the name heads the address block just above it.
    /// </summary>
    private static string? AddresseeName(List<Line> lines)
    {
        var salutation = lines.FindIndex(l => SalutationLine().IsMatch(l.Folded));
        if (salutation <= 0 || !lines[salutation].StartsBlock)
            return null;
        // Look at the few blocks above the greeting (a "Re:" line may stand between) for the address.
        var end = salutation;
        for (var block = 0; block < 3 && end > 0; block++)
        {
            var first = end - 1;
            while (first > 0 && !lines[first].StartsBlock)
                first--;
            var candidate = HeaderReader.CleanTrailing(lines[first].Text);
            // The block is the address (name, street, city); a name alone on its lines needs its title to be trusted.
            var blockLines = end - first;
            var plausible = blockLines <= 7 && (blockLines >= 2 || HeaderReader.HasTitle(candidate));
            if (plausible && PersonName().IsMatch(candidate) && !NotAName().IsMatch(lines[first].Folded))
                return HeaderReader.WithoutTitle(candidate);
            end = first;
        }
        return null;
    }

    private static int FindReasonsEnd(List<Line> lines, int start)
    {
        for (var i = start + 1; i < lines.Count; i++)
        {
            // A closing sentence, or a signature block that names the office.
            if (Closing().IsMatch(lines[i].Folded) || (lines[i].StartsBlock && HeaderReader.IsOfficeLine(lines[i].Folded)))
                return i;
        }
        return lines.Count;
    }

    private static bool IsPageFurniture(string folded) => PageFurniture().IsMatch(folded);

    /// <summary>Checkbox letters: each mark starts an item made of the words to its right (up to the next mark on the line) and the lines that continue it.</summary>
    private static List<ReasonItem> CheckboxItems(List<Line> block)
    {
        var items = new List<ReasonItem>();
        StringBuilder? current = null;
        var currentPage = 0;
        var currentState = BoxState.NoBox;
        var confidences = new List<double>();
        Line? previous = null;

        void Flush()
        {
            if (current is { Length: > 0 })
                items.Add(new ReasonItem(current.ToString(), currentPage, currentState, confidences.Count == 0 ? 1 : confidences.Average(), items.Count));
            current = null;
            confidences.Clear();
        }

        foreach (var line in block)
        {
            if (line.Marks.Count == 0)
            {
                // A line continues the item above it when it runs on from it: same block, and either the line
                // above stopped mid-sentence or this one starts in lower case. A new sentence, or a line that
                // starts with what is left of a box, is an item of its own whose box was lost.
                var continues = current is not null && previous is not null && previous.Page == line.Page && !line.StartsBlock
                    && !StrayMarkAtStart().IsMatch(line.Text)
                    && (!SentenceEnd().IsMatch(previous.Text) || StartsLowerCase().IsMatch(line.Text));
                if (!continues)
                {
                    Flush();
                    current = new StringBuilder();
                    currentPage = line.Page;
                    currentState = BoxState.NoBox;
                }
                TextCleanup.AppendLine(current!, line.Text);
                confidences.AddRange(line.Words.Select(w => w.Confidence));
                previous = line;
                continue;
            }

            // Each mark owns the words up to the next mark; words left of the first mark (a number or a label)
            // stay with the first item.
            for (var m = 0; m < line.Marks.Count; m++)
            {
                var (box, isChecked) = line.Marks[m];
                var right = m + 1 < line.Marks.Count ? line.Marks[m + 1].Box.Left : double.MaxValue;
                var left = m == 0 ? double.MinValue : box.Left;
                var words = line.Words.Where(w => w.Box.CenterX > left && w.Box.CenterX < right).ToList();
                Flush();
                current = new StringBuilder();
                currentPage = line.Page;
                currentState = isChecked ? BoxState.Ticked : BoxState.Unticked;
                TextCleanup.AppendLine(current, TextCleanup.Tidy(string.Join(' ', words.Select(w => w.Text))));
                confidences.AddRange(words.Select(w => w.Confidence));
            }
            previous = line;
        }
        Flush();
        return items;
    }

    /// <summary>Sentence letters: paragraphs and bullets, each cut into sentences.</summary>
    private static List<ReasonItem> SentenceItems(List<Line> block)
    {
        var items = new List<ReasonItem>();
        var paragraph = new StringBuilder();
        var paragraphPage = 0;
        var paragraphNumber = 0;
        var confidences = new List<double>();
        Line? previous = null;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                var confidence = confidences.Count == 0 ? 1 : confidences.Average();
                foreach (var sentence in TextCleanup.Sentences(paragraph.ToString()))
                    items.Add(new ReasonItem(sentence, paragraphPage, BoxState.NoBox, confidence, paragraphNumber));
                paragraphNumber++;
            }
            paragraph.Clear();
            confidences.Clear();
        }

        foreach (var line in block)
        {
            var text = line.Text;
            var bullet = Bullet().Match(text);
            // A paragraph runs on across a page break; a gap larger than the line pitch or a bullet ends it.
            var newParagraph = bullet.Success || (previous is not null && previous.Page == line.Page && line.StartsBlock);
            if (newParagraph)
                Flush();
            if (paragraph.Length == 0)
                paragraphPage = line.Page;
            TextCleanup.AppendLine(paragraph, bullet.Success ? text[bullet.Length..] : text);
            confidences.AddRange(line.Words.Select(w => w.Confidence));
            previous = line;
        }
        Flush();
        return items;
    }

    private static LetterLanguage DetectLanguage(string folded)
    {
        var french = FrenchWords().Count(folded);
        var english = EnglishWords().Count(folded);
        if (french + english < 5)
            return LetterLanguage.Unknown;
        return french > english ? LetterLanguage.Fr : LetterLanguage.En;
    }

    private static PermitType DetectPermitType(string folded, string? applicationNumber)
    {
        // What the application was for, when the letter says so, outweighs other mentions ("a work visa in Japan").
        var named = ApplicationFor().Match(folded);
        if (named.Success)
        {
            var kind = named.Groups["kind"].Value;
            if (WorkPermit().IsMatch(kind)) return PermitType.WorkPermit;
            if (StudyPermit().IsMatch(kind)) return PermitType.StudyPermit;
            if (VisitorVisa().IsMatch(kind)) return PermitType.VisitorVisa;
        }
        var work = WorkPermit().Count(folded);
        var study = StudyPermit().Count(folded);
        var visitor = VisitorVisa().Count(folded);
        if (work + study + visitor > 0)
        {
            if (work >= study && work >= visitor) return PermitType.WorkPermit;
            return study >= visitor ? PermitType.StudyPermit : PermitType.VisitorVisa;
        }
        return applicationNumber?[0] switch
        {
            'W' => PermitType.WorkPermit,
            'S' => PermitType.StudyPermit,
            'V' => PermitType.VisitorVisa,
            _ => PermitType.Unknown,
        };
    }

    private static DecisionLocation DetectLocation(string? office, string fullFolded)
    {
        if (office is not null)
        {
            var folded = LatinFolding.Fold(office);
            if (HeaderReader.IsOfficeAbroad(folded)) return DecisionLocation.OutsideCanada;
            if (HeaderReader.IsOfficeInCanada(folded)) return DecisionLocation.InsideCanada;
        }
        if (InCanadaWording().IsMatch(fullFolded)) return DecisionLocation.InsideCanada;
        return DecisionLocation.Unknown;
    }

    private static LetterKind DetectKind(string folded)
    {
        // A decision beats everything: a refusal may mention the procedural-fairness letter before it.
        if (DecisiveRefusal().IsMatch(folded)) return LetterKind.Refusal;
        if (ProceduralFairness().IsMatch(folded)) return LetterKind.ProceduralFairness;
        // Requests, acknowledgements, instructions and invoices speak of refusal only as a possibility.
        if (NoDecisionYet().IsMatch(folded)) return LetterKind.Other;
        if (RefusalWording().IsMatch(folded)) return LetterKind.Refusal;
        if (Approval().IsMatch(folded)) return LetterKind.Approval;
        return LetterKind.Other;
    }

    [GeneratedRegex(@"^\s*(?=.{0,70}$)(((officer|agent)('?s)?\s+)?(decision\s+)?notes(\s+(to|on|of|for|from|du|de|relatives)\b.*)?|gcms\s+notes|notes\s+(du\s+)?sm?gc.*|notes\s+de\s+l'agent.*|motifs\s+de\s+la\s+decision.*|reasons\s+for\s+(the\s+)?decision.*|officer'?s?\s+(decision\s+)?notes.*|decision\s+notes.*|notes\s+(relatives\s+a\s+la|de)\s+decision.*)\s*:?\s*$")]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"(following reasons?|motifs suivants|motifs coches|refus\w*\s+(donc\s+)?(votre|your)\s+(demande|application)|refusing your application|are refusing|i am therefore refusing|(is|has been) refused|application as requested is refused|does not meet the requirements|do not meet the requirements|not satisfied that you meet|raisons? suivantes?|je refuse votre demande|votre demande (est|a ete) refusee|ne satisfait pas aux exigences|ne repond pas aux exigences|nous refusons|je dois refuser)")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Miss|Dr|M|Mme|Mlle|Madame|Monsieur|Mademoiselle)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(canada|section|embassy|ambassade|consulat|consulate|commission|centre|center|immigration|street|road|avenue|rue|box|p\.o\.|floor|building|ministry|office|bureau|ircc|government|gouvernement)")]
    private static partial Regex NotAName();

    // "Dear ...", or a French salutation line such as "Madame, Monsieur," or "Madame Diallo," (ends with a comma).
    [GeneratedRegex(@"^\s*((dear|cher|chere|bonjour|to whom)\b|(madame|monsieur)\b[^,:]{0,40}[,:]\s*((madame|monsieur)\s*[,:]?)?\s*$)")]
    private static partial Regex SalutationLine();

    [GeneratedRegex(@"(welcome to (re-?apply|submit)|you may (re-?apply|submit a new)|any (future|new) application|if you (wish|choose|decide) to (re-?apply|submit)|yours (sincerely|truly)|^\s*sincerely|^\s*regards|you must leave canada|you are required to leave canada|vous pouvez presenter une nouvelle demande|libre de presenter|toute (nouvelle )?demande (future|ulterieure)|veuillez agreer|recevez|^\s*cordialement|vous devez quitter le canada|si vous (souhaitez|decidez de) presenter|^\s*(officer|agent|agente|decision-maker)\s*(no\.?|#)?\s*[a-z]{0,4}-?\d{2,}\b)")]
    private static partial Regex Closing();

    [GeneratedRegex(@"^\s*(page\s*\d+\s*(of|de|/)\s*\d+|-\s*\d+\s*-|\d+\s*/\s*\d+)\s*$")]
    private static partial Regex PageFurniture();

    [GeneratedRegex(@"[.!?:]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*\p{Ll}")]
    private static partial Regex StartsLowerCase();

    // One character that is no word, or a symbol, before a lower-case reason: what OCR makes of a box glyph.
    [GeneratedRegex(@"^\s*([^\p{L}\p{N}\s•●▪◦·\*\-–—(|]{1,2}|[QOoJ0-9üùàâ]|[QOJ][\]\)])\s+\p{Ll}")]
    private static partial Regex StrayMarkAtStart();

    [GeneratedRegex(@"^\s*([•●▪◦·\*\-–—o+]|\d{1,2}[.)]|\(?[a-h][.)])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\b(le|la|les|des|du|vous|votre|vos|est|pas|que|une|pour|dans|avec|sur|au|aux|je|nous)\b")]
    private static partial Regex FrenchWords();

    [GeneratedRegex(@"\b(the|and|you|your|of|to|is|not|that|for|in|with|have|are|this|on)\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"(application|demande)\s+(for|to extend|to renew|de|d'|de prolongation de|de prorogation de)\s*(a|an|your|votre|un|une)?\s*(?<kind>(open |post-graduation |postgraduation )?(work permit|study permit|temporary resident visa|visitor visa|visitor record|permis de travail|permis d'etudes|visa de resident temporaire|visa de visiteur))")]
    private static partial Regex ApplicationFor();

    [GeneratedRegex(@"(work permit|permis de travail|permit to work|lmia|labour market|eimt|200\s*\(\s*1\s*\))")]
    private static partial Regex WorkPermit();

    [GeneratedRegex(@"(study permit|permis d'etudes|permis d etudes|216\s*\(\s*1\s*\))")]
    private static partial Regex StudyPermit();

    [GeneratedRegex(@"(visitor visa|temporary resident visa|visa de resident temporaire|visa de visiteur|179\s*\(?\s*b)")]
    private static partial Regex VisitorVisa();

    [GeneratedRegex(@"(extension of your|extend your|prolonger|prolongation|restore your status|restoration|retablissement|maintained status|statut maintenu|implied status|you must leave canada|vous devez quitter le canada|within canada|case processing cent|centre de traitement des demandes|status in canada|statut au canada)")]
    private static partial Regex InCanadaWording();

    [GeneratedRegex(@"(procedural fairness|equite procedurale|opportunity to respond|possibilite de repondre|before (a|making a|i make a) final decision|avant de prendre une decision|avant qu'une decision (finale|definitive))")]
    private static partial Regex ProceduralFairness();

    [GeneratedRegex(@"(am refusing|are refusing|therefore refusing|must refuse|refuse your application|\b(is|has been|have been|was)\s+(\w+\s+)?refused|je refuse|nous refusons|\b(est|a ete)\s+(\w+\s+)?refusee|dois refuser)")]
    private static partial Regex DecisiveRefusal();

    [GeneratedRegex(@"(may be refused|may (result|lead) in (the )?refus|could be refused|pourrait etre refusee|peut etre refusee|please (submit|provide|send|contact|bring|give)|veuillez (soumettre|fournir|presenter)|we have received|this letter confirms|acknowledg|accuse de reception|nous avons recu|invoice|facture|subtotal|sous-total|amount due|payment due|balance due|official receipt|recu officiel|biometric|donnees biometriques|medical examination instructions)")]
    private static partial Regex NoDecisionYet();

    // Receipts and invoices are about money, not an application: they carry no permit type or decision place.
    [GeneratedRegex(@"(invoice|facture|subtotal|sous-total|amount due|payment due|balance due|official receipt|recu officiel|receipt number|numero de recu|date of payment)")]
    private static partial Regex PaymentDocument();

    [GeneratedRegex(@"(immigration, refugees and citizenship canada|immigration, refugies et citoyennete canada|citizenship and immigration canada|citoyennete et immigration canada|visa section|section des visas|case processing cent|centre de traitement|\buci\b|\biuc\b|client id|unique client identifier|application (number|no)|numero de demande|embassy of canada|high commission of canada|ambassade du canada|consulat)")]
    private static partial Regex IrccLetter();

    [GeneratedRegex(@"(not satisfied|have not satisfied me|n'?est pas convaincu|ne suis pas convaincu|m'avez pas convaincu|does not meet the requirements|do not meet the requirements|ne satisfait pas|ne satisfaites pas|you are inadmissible|vous etes interdit de territoire)")]
    private static partial Regex RefusalWording();

    [GeneratedRegex(@"(approved|approval|we are pleased|port of entry letter|letter of introduction|approuvee|nous avons le plaisir|lettre d'introduction)")]
    private static partial Regex Approval();
}
