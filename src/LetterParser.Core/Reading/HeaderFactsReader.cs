using System.Text.RegularExpressions;
using LetterParser.Core.Catalogue;
using LetterParser.Core.Documents;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Reading;

/// <summary>What a letter says about itself: its language, the report's letter facts, and whether IRCC sent it.</summary>
/// <param name="Letter">
/// Date, identifiers, applicant, office, permit and where it was decided, as read (the report's record, so that the
/// two never repeat each other). Format is <see cref="LetterFormat.Unknown"/> here: the report assembler tells it
/// from the reasons' layout.
/// </param>
/// <param name="IsIrccLetter">The document comes from IRCC (letterhead, office, identifiers), whatever it decides.</param>
public sealed record HeaderFacts(LetterLanguage Language, LetterFacts Letter, bool IsIrccLetter);

/// <summary>Reads the <see cref="HeaderFacts"/> from the header first and the whole letter second.</summary>
public sealed partial class HeaderFactsReader(OfficePlaces offices)
{
    public HeaderFacts Read(LetterSections sections, DocumentText document)
    {
        // A file that is notes alone still names the application; read it from whatever lines there are.
        var letter = sections.Letter.Count > 0 ? sections.Letter : sections.Notes;
        var header = sections.Header.Count > 0 ? sections.Header : letter.Take(25).ToList();
        var headerFolded = header.Select(l => l.Folded).ToList();
        var allFolded = letter.Select(l => l.Folded).ToList();
        var fullFolded = string.Join(' ', allFolded);

        var applicationNumber = HeaderParser.FindApplicationNumber(headerFolded) ?? HeaderParser.FindApplicationNumber(allFolded);
        var office = HeaderParser.FindOffice(header.Select(l => l.Text).ToList()) ?? HeaderParser.FindOffice(letter.Select(l => l.Text).ToList());
        // OCR bends place names; put them back in their spelling. A text layer is printed as it is.
        if (office is not null && document.Pages.Any(p => p.Method == ReadingMethod.Ocr))
            office = offices.Correct(office);
        return new HeaderFacts(
            DetectLanguage(fullFolded),
            new LetterFacts(
                // Notes alone carry dates of entries and of receipt, none of them the date of a decision letter.
                sections.NotesOnly ? null : HeaderParser.FindDate(headerFolded),
                applicationNumber,
                HeaderParser.FindUci(headerFolded) ?? HeaderParser.FindUci(allFolded, unlabelled: false),
                ApplicantName(header, letter),
                office,
                DetectPermitType(fullFolded, applicationNumber),
                DetectLocation(office, fullFolded),
                LetterFormat.Unknown),
            IrccLetter().IsMatch(fullFolded) && !PaymentDocument().IsMatch(fullFolded));
    }

    /// <summary>
    /// A labelled or greeted name first; the address block's name when the greeting is generic, or when
    /// the greeting gives only the surname the address block spells out ("Dear Ms. Mensah" above "Esther MENSAH").
    /// </summary>
    private static string? ApplicantName(IReadOnlyList<LayoutLine> header, IReadOnlyList<LayoutLine> letter)
    {
        var greeted = RestoreCapitalI(HeaderParser.FindApplicantName(header.Select(l => l.Text).ToList()));
        var addressed = RestoreCapitalI(AddresseeName(letter));
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

    /// <summary>When the salutation is generic ("Dear Applicant"), the name heads the address block just above it.</summary>
    private static string? AddresseeName(IReadOnlyList<LayoutLine> lines)
    {
        var salutation = LetterSectionFinder.SalutationIndex(lines);
        if (salutation <= 0 || !lines[salutation].StartsBlock)
            return null;
        // Look at the few blocks above the greeting (a "Re:" line may stand between) for the address.
        var end = salutation;
        for (var block = 0; block < 3 && end > 0; block++)
        {
            var first = end - 1;
            while (first > 0 && !lines[first].StartsBlock)
                first--;
            var candidate = HeaderParser.CleanTrailing(lines[first].Text);
            // The block is the address (name, street, city); a name alone on its lines needs its title to be trusted.
            var blockLines = end - first;
            var plausible = blockLines <= 7 && (blockLines >= 2 || HeaderParser.HasTitle(candidate));
            if (plausible && PersonName().IsMatch(candidate) && !NotAName().IsMatch(lines[first].Folded))
                return HeaderParser.WithoutTitle(candidate);
            end = first;
        }
        return null;
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

    private DecisionLocation DetectLocation(string? office, string fullFolded)
    {
        if (office is not null)
        {
            var folded = LatinFolding.Fold(office);
            if (HeaderParser.IsOfficeAbroad(folded)) return DecisionLocation.OutsideCanada;
            if (offices.IsInCanada(folded)) return DecisionLocation.InsideCanada;
        }
        if (InCanadaWording().IsMatch(fullFolded)) return DecisionLocation.InsideCanada;
        return DecisionLocation.Unknown;
    }

    [GeneratedRegex(@"(?<=^|\s)l(?=[bcdfghjkmnpqrstvwxz])")]
    private static partial Regex LeadingSmallL();

    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Miss|Dr|M|Mme|Mlle|Madame|Monsieur|Mademoiselle)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(canada|section|embassy|ambassade|consulat|consulate|commission|centre|center|immigration|street|road|avenue|rue|box|p\.o\.|floor|building|ministry|office|bureau|ircc|government|gouvernement)")]
    private static partial Regex NotAName();

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

    // Receipts and invoices are about money, not an application: they carry no permit type or decision place.
    [GeneratedRegex(@"(invoice|facture|subtotal|sous-total|amount due|payment due|balance due|official receipt|recu officiel|receipt number|numero de recu|date of payment)")]
    private static partial Regex PaymentDocument();

    [GeneratedRegex(@"(immigration, refugees and citizenship canada|immigration, refugies et citoyennete canada|citizenship and immigration canada|citoyennete et immigration canada|visa section|section des visas|case processing cent|centre de traitement|\buci\b|\biuc\b|client id|unique client identifier|application (number|no)|numero de demande|embassy of canada|high commission of canada|ambassade du canada|consulat)")]
    private static partial Regex IrccLetter();
}
