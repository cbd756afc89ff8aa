using System.Globalization;
using System.Text.RegularExpressions;
using LetterParser.Core.Reports;

namespace LetterParser.Core.Reading;

/// <summary>
/// Finds the facts printed around the reasons: date, identifiers, applicant, office, permit type and
/// where the decision was made. Works on folded (lowercase, accent-free) lines and tolerates the OCR
/// confusions that hit digits (O for 0, l or I for 1).
/// </summary>
internal static partial class HeaderParser
{
    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] FrenchMonths =
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    /// <summary>The letter's date: a labelled date first, else the first date of the header that is not a birth date.</summary>
    public static DateOnly? FindDate(IReadOnlyList<string> foldedHeaderLines)
    {
        DateOnly? first = null;
        foreach (var line in foldedHeaderLines)
        {
            if (BirthLabel().IsMatch(line) || ExpiryLabel().IsMatch(line))
                continue;
            var date = ParseDate(line);
            if (date is null)
                continue;
            if (DateLabel().IsMatch(line))
                return date;
            first ??= date;
        }
        return first;
    }

    /// <summary>The first date written in any of the forms letters use, in English or French.</summary>
    public static DateOnly? ParseDate(string folded)
    {
        var text = DigitRepair(folded);
        var iso = IsoDate().Match(text);
        if (iso.Success && TryDate(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out var isoDate))
            return isoDate;
        var monthFirst = MonthFirstDate().Match(text);
        if (monthFirst.Success && MonthNumber(monthFirst.Groups["mon"].Value) is { } m1
            && TryDate(monthFirst.Groups["y"].Value, m1.ToString(CultureInfo.InvariantCulture), monthFirst.Groups["d"].Value, out var d1))
            return d1;
        var dayFirst = DayFirstDate().Match(text);
        if (dayFirst.Success && MonthNumber(dayFirst.Groups["mon"].Value) is { } m2
            && TryDate(dayFirst.Groups["y"].Value, m2.ToString(CultureInfo.InvariantCulture), dayFirst.Groups["d"].Value, out var d2))
            return d2;
        return null;
    }

    private static int? MonthNumber(string word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3)
            return null;
        for (var i = 0; i < 12; i++)
        {
            if (EnglishMonths[i].StartsWith(word, StringComparison.Ordinal) || FrenchMonths[i] == word
                || (word.Length >= 4 && FrenchMonths[i].StartsWith(word, StringComparison.Ordinal)))
                return i + 1;
        }
        return word == "sept" ? 9 : null;
    }

    private static bool TryDate(string y, string m, string d, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(y, CultureInfo.InvariantCulture, out var year) || !int.TryParse(m, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(d, CultureInfo.InvariantCulture, out var day))
            return false;
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>UCI / client ID: 8 or 10 digits, printed with dashes or spaces.</summary>
    /// <param name="unlabelled">Also take a line that is nothing but a UCI: only in the header, where nothing else has its shape.</param>
    public static string? FindUci(IReadOnlyList<string> foldedLines, bool unlabelled = true)
    {
        for (var i = 0; i < foldedLines.Count; i++)
        {
            // A label alone on its line has its value on the next (a two-line header field, "IUC :" / "11-0312-7764").
            var line = i + 1 < foldedLines.Count && UciLabelAlone().IsMatch(foldedLines[i]) ? foldedLines[i] + " " + foldedLines[i + 1] : foldedLines[i];
            var match = UciLabeled().Match(line);
            if (!match.Success)
                continue;
            var digits = new string(DigitRepair(match.Groups["v"].Value).Where(char.IsAsciiDigit).ToArray());
            if (digits.Length is 8 or 10)
                return digits;
        }
        // No label at all (lost by OCR, or printed in a column read apart from its values): a line that is nothing but
        // a UCI in its printed groups ("1163-0958", "11-0312-7764"). Phone numbers group 3-3-4, dates keep their
        // separators to 4-2-2, so neither takes this shape.
        foreach (var line in unlabelled ? foldedLines : [])
        {
            var alone = UciAlone().Match(line);
            if (alone.Success)
                return new string(alone.Value.Where(char.IsAsciiDigit).ToArray());
        }
        return null;
    }

    /// <summary>Application number: one letter (W, V, S...) and nine digits; a labelled one first.</summary>
    public static string? FindApplicationNumber(IReadOnlyList<string> foldedLines)
    {
        foreach (var line in foldedLines)
        {
            var labelled = ApplicationLabeled().Match(line);
            if (labelled.Success && Normalise(labelled.Groups["v"].Value) is { } number)
                return number;
        }
        foreach (var line in foldedLines)
        {
            foreach (Match loose in ApplicationLoose().Matches(line))
            {
                if (Normalise(loose.Value) is { } number)
                    return number;
            }
        }
        return null;

        static string? Normalise(string raw)
        {
            var compact = raw.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            // OCR reads the S of a study-permit number as $ or 5; a number is always one letter and nine digits.
            if (compact.Length == 10 && compact[0] is '$' or '5' or '§')
                compact = "s" + compact[1..];
            if (compact.Length != 10 || !char.IsAsciiLetter(compact[0]))
                return null;
            var digits = DigitRepair(compact[1..]);
            return digits.All(char.IsAsciiDigit) ? char.ToUpperInvariant(compact[0]) + digits : null;
        }
    }

    /// <summary>The person's name from "Dear Jane Doe:", or a "Name:" / "Nom :" label.</summary>
    public static string? FindApplicantName(IReadOnlyList<string> originalHeaderLines)
    {
        foreach (var line in originalHeaderLines)
        {
            var labelled = NameLabel().Match(line);
            if (labelled.Success)
                return CleanName(labelled.Groups["v"].Value);
        }
        foreach (var line in originalHeaderLines)
        {
            var dear = Salutation().Match(line);
            if (dear.Success)
                return CleanName(dear.Groups["v"].Value);
        }
        return null;

        static string? CleanName(string raw)
        {
            var name = CleanTrailing(raw);
            var folded = LatinFolding.Fold(name);
            if (name.Length < 3 || GenericAddressee().IsMatch(folded) || !name.Any(char.IsLetter) || name.Any(char.IsDigit))
                return null;
            // Salutations carry a title; the name is what follows it.
            return WithoutTitle(name);
        }
    }

    /// <summary>The issuing office, as printed (e.g. "Visa Section, Embassy of Canada, Ankara").</summary>
    public static string? FindOffice(IReadOnlyList<string> originalHeaderLines)
    {
        for (var i = 0; i < originalHeaderLines.Count; i++)
        {
            var line = originalHeaderLines[i];
            var folded = LatinFolding.Fold(line);
            if (!OfficeLine().IsMatch(folded) || folded.Contains("dear", StringComparison.Ordinal) || line.Length >= 120)
                continue;
            var office = TextCleanup.Tidy(OfficeLabel().Replace(line, "")).Trim(',', ' ');
            // "Visa Section" alone on a line names the section; the mission is on the next line. The letterhead's
            // "Canada" wordmark often shares the section's line, and the department's name the mission's line.
            var section = LetterheadWordmark().Replace(office, "");
            if (SectionOnly().IsMatch(LatinFolding.Fold(section)))
            {
                office = section;
                if (i + 1 < originalHeaderLines.Count && OfficeLine().IsMatch(LatinFolding.Fold(originalHeaderLines[i + 1])))
                    office += ", " + TextCleanup.Tidy(LeadingDepartmentName().Replace(originalHeaderLines[i + 1], "")).Trim(',', ' ');
            }
            return office;
        }
        return null;
    }

    /// <summary>A name without the title before it ("Ms. Jane Doe", "Madame Fatou NDIAYE").</summary>
    public static string WithoutTitle(string name) => Title().Replace(name, "").Trim();

    /// <summary>Whether a name line opens with a title, which marks it as a person's name.</summary>
    public static bool HasTitle(string name) => Title().IsMatch(name);

    /// <summary>Drops what scans leave after a name or heading: commas, colons, quotes, stray dots.</summary>
    public static string CleanTrailing(string text) => text.Trim().TrimEnd(':', ',', ';', '.', '\'', '‚', '’', '`', '´', '"').Trim();

    /// <summary>A line naming an IRCC office or mission (as in a letterhead or a signature block).</summary>
    public static bool IsOfficeLine(string folded) => folded.Length < 70 && (OfficeLine().IsMatch(folded) || SectionOnly().IsMatch(folded));

    public static bool IsOfficeAbroad(string foldedOffice) => AbroadOffice().IsMatch(foldedOffice);

    /// <summary>OCR reads 0 as O and 1 as l or I; inside numbers, read them back as digits.</summary>
    public static string DigitRepair(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var digitNeighbour = (i > 0 && char.IsAsciiDigit(chars[i - 1])) || (i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]));
            if (!digitNeighbour)
                continue;
            chars[i] = chars[i] switch { 'o' or 'O' => '0', 'l' or 'I' or '|' or 'i' => '1', _ => chars[i] };
        }
        return new string(chars);
    }

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<mon>[a-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex MonthFirstDate();

    // A day glued to its month ("30April 2021") is how text layers and OCR often print it.
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:er|st|nd|rd|th)?(?:\s*|-)(?:de\s+)?(?<mon>[a-z]{3,9})\.?,?(?:\s+|-)(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex DayFirstDate();

    [GeneratedRegex(@"\b(birth|naissance|born|nee?\b|dob|d\.o\.b)")]
    private static partial Regex BirthLabel();

    [GeneratedRegex(@"\b(expir|valid until|valide jusqu|received|recu le|submitted|presentee le)")]
    private static partial Regex ExpiryLabel();

    [GeneratedRegex(@"^\s*(date|le|ottawa|date de la lettre)\b|\bdate\s*:")]
    private static partial Regex DateLabel();

    // OCR bends the label itself: "UCL", "UC1", "U CI", "IUG" are the UCI label read badly.
    [GeneratedRegex(@"^\s*(?:uci|iuc|u\s?c\s?[il1]|client\s*id)\s*[:#.]?\s*$")]
    private static partial Regex UciLabelAlone();

    [GeneratedRegex(@"^\s*(?:\d{4}-\d{4}|\d{2}-\d{4}-\d{4})\s*$")]
    private static partial Regex UciAlone();

    // OCR also loses the label's last letter before its colon ("UC: 1208-8843").
    [GeneratedRegex(@"\b(?:u\s?c\s?[il1]|u\s?c(?=\s*:)|u\.c\.i\.?|i\s?u\s?[cg]|client\s*id|client\s*identifier|unique\s+client\s+identifier|iuc|id\s+client|identificateur\s+unique\s+de\s+client|numero\s+de\s+client)\b(?:\s*\((?:uci|iuc)\))?\s*(?:no\.?|number|#|n°|no)?\s*[:#.]?\s*(?<v>[0-9oOlI|][0-9oOlI|\-\s]{6,14}[0-9oOlI|])")]
    private static partial Regex UciLabeled();

    [GeneratedRegex(@"\b(?:application|demande)\s*(?:number|no\.?|#|n°|numero|nº)?\s*(?:de\s+demande)?\s*[:#.]?\s*(?<v>[a-z$5§]\s?[0-9oOlI|][0-9oOlI|\s]{7,10}[0-9oOlI|])\b")]
    private static partial Regex ApplicationLabeled();

    [GeneratedRegex(@"\b[a-z][0-9oOl][0-9oOl]{8}\b")]
    private static partial Regex ApplicationLoose();

    [GeneratedRegex(@"^\s*(?:applicant(?:'s)?\s+name|name\s+of\s+applicant|applicant|client\s+name|name|nom\s+du\s+demandeur|nom\s+du\s+client|nom)\s*:\s*(?<v>[^\d:]{2,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex NameLabel();

    // Scans add stray marks after the comma ("Dear Priya RAMASWAMY, ‚").
    [GeneratedRegex(@"^\s*(?:dear|cher|chere|bonjour|madame|monsieur|mademoiselle)\s+(?<v>[^,:;]{2,60}?)[\s,:;.'‚’`´]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^(applicant|sir|madam|sir\s*/\s*madam|sir or madam|client|monsieur|madame|madame\s*,?\s*monsieur|demandeur|demanderesse)$")]
    private static partial Regex GenericAddressee();

    [GeneratedRegex(@"^(?:(?:mr|mrs|ms|miss|dr|m|mme|mlle|monsieur|madame|mademoiselle)\.?\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"\b(visa (section|office)|embassy of canada|canadian embassy|high commission of canada|canadian high commission|consulate( general)? of canada|canadian consulate|case processing cent(re|er)|cpc[ -]\w+|section des visas|bureau des visas|ambassade du canada|haut-commissariat du canada|consulat( general)? du canada|centre de traitement|migration office\b|immigration office\b|bureau d'immigration|bureau (d'|de l')ircc|\b(ircc|cic)\b.{0,40}\b(operations|centre|office|bureau|reseau|processing|international network)|immigration section|section de l'immigration|section d'immigration)")]
    private static partial Regex OfficeLine();

    [GeneratedRegex(@"^\s*(visa section|immigration section|section des visas|section de l'immigration|visa office|bureau des visas)\s*,?\s*$")]
    private static partial Regex SectionOnly();

    [GeneratedRegex(@"^\W*canada\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LetterheadWordmark();

    [GeneratedRegex(@"^\W*(immigration,? r[ée]fugi[ée]s et citoyennet[ée] canada|immigration,? refugees and citizenship canada)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDepartmentName();

    [GeneratedRegex(@"^\s*((primary|secondary|processing|visa) office|office|bureau( principal| secondaire)?|issued by|emis par)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeLabel();

    // IRCC's International Network is the part of IRCC that decides applications made from outside Canada.
    [GeneratedRegex(@"\b(visa (section|office)|embassy|high commission|consulate|section des visas|bureau des visas|ambassade|haut-commissariat|consulat|migration office\b|international network|reseau international)")]
    private static partial Regex AbroadOffice();

}
