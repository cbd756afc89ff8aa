namespace LetterParser.Extraction.Ocr;

/// <summary>
/// Decides from a first English pass whether a page is French, so that French data is only paid for on pages
/// that need it. The English model reads French well enough to spot its function words (accents are dropped,
/// so the lists hold unaccented forms).
/// </summary>
internal static class LanguageGuess
{
    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "des", "du", "de", "et", "est", "vous", "votre", "vos", "une", "pour", "que", "qui",
        "dans", "pas", "sur", "au", "aux", "avec", "ne", "nous", "cette", "ces", "sont", "par", "ou", "il", "leur",
        "demande", "permis", "travail", "selon", "etes", "avez", "ete", "etre", "afin", "lors", "sejour",
        "été", "êtes", "être", "séjour", "à", "où",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "you", "your", "is", "that", "for", "not", "this", "are", "have", "with", "be",
        "was", "been", "has", "will", "from", "application", "permit", "work", "by", "on", "an",
    };

    /// <summary>"eng" when the English pass can stand, otherwise the Tesseract language set to read the page again with.</summary>
    public static string Choose(OcrPass englishPass)
    {
        int french = 0, english = 0;
        foreach (var word in englishPass.Lines.SelectMany(l => l))
        {
            var token = Normalize(word.Text);
            if (French.Contains(token))
            {
                french++;
            }
            else if (English.Contains(token))
            {
                english++;
            }
        }

        if (french < 3 || french < english / 3.0)
        {
            return "eng";
        }

        // A bilingual letter (both languages in quantity) needs both models; a French one only French.
        return english >= 5 && english >= french / 3.0 ? "eng+fra" : "fra";
    }

    private static string Normalize(string word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 32)];
        var n = 0;
        foreach (var c in word)
        {
            if (n == buffer.Length)
            {
                break;
            }

            if (char.IsLetter(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else if (c is '\'' or '’')
            {
                n = 0; // l'application, d'un: keep what follows the elision
            }
        }

        return new string(buffer[..n]);
    }
}
