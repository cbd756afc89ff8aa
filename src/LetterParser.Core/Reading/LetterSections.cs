using System.Text.RegularExpressions;

namespace LetterParser.Core.Reading;

/// <summary>
/// The parts of a document's lines: the letter (header, reasons block, closing) and officer notes attached
/// after it. <see cref="NotesOnly"/> is a file that opens with the notes: its letter page is missing, so the
/// notes must not be read as the letter's reasons.
/// </summary>
public sealed record LetterSections(
    IReadOnlyList<LayoutLine> Letter,
    IReadOnlyList<LayoutLine> Header,
    IReadOnlyList<LayoutLine> ReasonsBlock,
    IReadOnlyList<LayoutLine> Notes,
    bool NotesOnly);

/// <summary>Finds where the reasons block begins and ends, and keeps attached officer notes apart from it.</summary>
public static partial class LetterSectionFinder
{
    /// <param name="notesStart">The line that heads the officer's notes, as the document-kind stage found it, or null.</param>
    public static LetterSections Find(LineLayout layout, int? notesStart)
    {
        var lines = layout.Lines;
        var letter = notesStart is { } start ? lines.Take(start).ToList() : lines;
        var notes = notesStart is { } from ? lines.Skip(from).ToList() : [];
        // Notes at the very top of the file: the letter page, with its reasons and date, is not there.
        if (notesStart is <= 1)
            return new LetterSections([], [], [], notes, NotesOnly: true);

        var reasonsStart = FindReasonsStart(letter);
        var reasonsEnd = FindReasonsEnd(letter, reasonsStart);
        var header = letter.Take(Math.Max(reasonsStart, Math.Min(letter.Count, 25))).ToList();
        var block = letter.Skip(reasonsStart).Take(reasonsEnd - reasonsStart).Where(l => !PageFurniture().IsMatch(l.Folded)).ToList();
        return new LetterSections(letter, header, block, notes, NotesOnly: false);
    }

    /// <summary>The salutation line ("Dear ...", "Madame, Monsieur,"), or -1.</summary>
    public static int SalutationIndex(IReadOnlyList<LayoutLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (SalutationLine().IsMatch(lines[i].Folded))
                return i;
        }
        return -1;
    }

    private static int FindReasonsStart(IReadOnlyList<LayoutLine> lines)
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
                // Not past a line that states a header fact ("Application: W30...", a date, a fax header):
                // without a gap between them, a letterhead would otherwise join the reasons.
                while (start > 0 && i - start < 6 && !lines[start].StartsBlock && lines[start - 1].Page == lines[start].Page
                       && !HeaderFactLine().IsMatch(lines[start - 1].Folded))
                    start--;
                return start;
            }
        }
        return 0;
    }

    private static int FindReasonsEnd(IReadOnlyList<LayoutLine> lines, int start)
    {
        for (var i = start + 1; i < lines.Count; i++)
        {
            // A closing sentence, or a signature block that names the office.
            if (Closing().IsMatch(lines[i].Folded) || (lines[i].StartsBlock && HeaderParser.IsOfficeLine(lines[i].Folded)))
            {
                // A closing sentence that began on the lines above ("If you do not apply / for restoration, you
                // must leave Canada") ends the block where it begins, so no half of it is read as a reason.
                var end = i;
                while (end - 1 > start && i - end < 3 && !lines[end].StartsBlock && !SentenceEnd().IsMatch(lines[end - 1].Text)
                       && lines[end - 1].Page == lines[end].Page)
                    end--;
                return end;
            }
        }
        return lines.Count;
    }

    // The sentence that opens the reasons, in any of its forms: a decision ("is therefore refused"), a finding on the
    // requirements, or a form's pointer to its boxes ("the reason(s) marked below", "les cases cochées ci-dessous").
    [GeneratedRegex(@"(following reasons?|motifs suivants|motifs coches|refus\w*\s+(donc\s+)?(votre|your)\s+(demande|application)|refusing your application|are refusing|i am therefore refusing|(is|has been|was)\s+(\w+\s+)?refused|application as requested is refused|(does|do) not meet the requirements|not satisfied that (you|it|your application|the application) meets?|(marked|checked|ticked|indicated) below|(marques|coches|indiques)\s+ci-apres|motifs? ci-apres|nous (la|le|les) refusons|je (la|le|les) refuse\b|(cochee?s|indiquee?s|marquee?s) ci-dessous|raisons? suivantes?|je refuse votre demande|votre demande (est|a ete) refusee|ne satisfait pas aux exigences|ne repond pas aux exigences|nous refusons|je dois refuser)")]
    private static partial Regex Opening();

    // "Dear ...", or a French salutation line such as "Madame, Monsieur," or "Madame Diallo," (ends with a comma).
    [GeneratedRegex(@"^\s*((dear|cher|chere|bonjour|to whom)\b|(madame|monsieur)\b[^,:]{0,40}[,:]\s*((madame|monsieur)\s*[,:]?)?\s*$)")]
    private static partial Regex SalutationLine();

    [GeneratedRegex(@"(welcome to (re-?apply|submit)|you may (re-?apply|submit a new)|any (future|new) application|if you (wish|choose|decide) to (re-?apply|submit)|yours (sincerely|truly)|^\s*sincerely|^\s*regards|you must leave canada|you are required to leave canada|vous pouvez presenter une nouvelle demande|libre de presenter|toute (nouvelle )?demande (future|ulterieure)|veuillez agreer|recevez|^\s*cordialement|vous devez quitter le canada|si vous (souhaitez|decidez de) presenter|^\s*(officer|agent|agente|decision-maker)\s*(no\.?|#)?\s*[a-z]{0,4}-?\d{2,}\b|^\s*((visa|migration|immigration)\s+)?(officer|agent|agente)\b(?![^.]*\b(not|is|are|has|have|was|were|satisf\w*|pas|ne|n|est|a|ont|sont)\b)[^.:;,]{0,40}$|\b(decision\s+)?notes\s+(follow|are attached|are enclosed|are included|accompany)|\bnotes\s+(de|d')\s*\S+(\s+\S+){0,3}\s+(sont jointes|suivent|figurent ci-apres|sont annexees))")]
    private static partial Regex Closing();

    // A "label: value" header line, a line that is only a date, or a fax header ("FROM: ... TO: ...").
    [GeneratedRegex(@"(^\s*[\p{L} .'#/-]{2,40}:\s*\S{1,30}\s*$|^\s*[\d/ .-]{8,12}\s*$|^\s*(\d{1,2}\s+)?\p{L}+\.?\s+\d{1,2},?\s+\d{4}\s*$|to:)")]
    private static partial Regex HeaderFactLine();

    [GeneratedRegex(@"[.!?:;]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*(page\s*\d+\s*(of|de|/)\s*\d+|-\s*\d+\s*-|\d+\s*/\s*\d+)\s*$")]
    private static partial Regex PageFurniture();
}
