using System.Text.RegularExpressions;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Reading;

/// <summary>What sort of document this is, from its wording alone.</summary>
public static partial class LetterKindDetector
{
    public static DocumentKind Detect(LetterSections sections, ReasonItems items)
    {
        if (sections.NotesOnly)
            return DocumentKind.Other;
        var kind = FromWording(sections);
        // Every ground, "Other:" line and unknown sentence comes from a reason item: a refusal with none is no
        // refusal letter we can read (a form, a notice that quotes the decision).
        return kind == DocumentKind.RefusalLetter && items.Items.Count == 0 ? DocumentKind.Other : kind;
    }

    private static DocumentKind FromWording(LetterSections sections)
    {
        var folded = string.Join(' ', sections.Letter.Select(l => l.Folded));
        // A decision beats everything: a refusal may mention the procedural-fairness letter before it.
        if (DecisiveRefusal().IsMatch(folded)) return DocumentKind.RefusalLetter;
        if (ProceduralFairness().IsMatch(folded)) return DocumentKind.ProceduralFairnessLetter;
        // Requests, acknowledgements, instructions and invoices speak of refusal only as a possibility.
        if (NoDecisionYet().IsMatch(folded)) return DocumentKind.Other;
        if (RefusalWording().IsMatch(folded)) return DocumentKind.RefusalLetter;
        if (Approval().IsMatch(folded)) return DocumentKind.ApprovalLetter;
        return DocumentKind.Other;
    }

    [GeneratedRegex(@"(procedural fairness|equite procedurale|opportunity to respond|possibilite de repondre|before (a|making a|i make a) final decision|avant de prendre une decision|avant qu'une decision (finale|definitive))")]
    private static partial Regex ProceduralFairness();

    // "Cannot be approved" is a refusal in other words, and must win over the approval wording it contains.
    [GeneratedRegex(@"(am refusing|are refusing|therefore refusing|must refuse|refuse your application|(cannot|can not|could not|will not) be approved|ne (peut|pourra|pouvait) (pas )?etre (approuvee|acceptee)|\b(is|has been|have been|was)\s+(\w+\s+)?refused|je refuse|nous refusons|\b(est|a ete)\s+(\w+\s+)?refusee|dois refuser)")]
    private static partial Regex DecisiveRefusal();

    [GeneratedRegex(@"(may be refused|may (result|lead) in (the )?refus|could be refused|pourrait etre refusee|peut etre refusee|please (submit|provide|send|contact|bring|give)|veuillez (soumettre|fournir|presenter)|we have received|this letter confirms|acknowledg|accuse de reception|nous avons recu|invoice|facture|subtotal|sous-total|amount due|payment due|balance due|official receipt|recu officiel|biometric|donnees biometriques|medical examination instructions)")]
    private static partial Regex NoDecisionYet();

    [GeneratedRegex(@"(not satisfied|have not satisfied me|n'?est pas convaincu|ne suis pas convaincu|m'avez pas convaincu|does not meet the requirements|do not meet the requirements|ne satisfait pas|ne satisfaites pas|you are inadmissible|vous etes interdit de territoire)")]
    private static partial Regex RefusalWording();

    [GeneratedRegex(@"(approved|approval|we are pleased|port of entry letter|letter of introduction|approuvee|nous avons le plaisir|lettre d'introduction)")]
    private static partial Regex Approval();
}
