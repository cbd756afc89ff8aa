namespace LetterParser.Core.Catalogue;

/// <summary>
/// A synonym of grounds.json written as a template, so that one line teaches a whole family of phrasings:
/// "(length|duration) of [the|your] [proposed|intended] (stay|visit)" is every combination of one word from each
/// round group and at most one from each square (optional) group. Letters combine the same few words freely
/// ("duration of proposed stay", "length of the intended visit"); listing each combination by hand is how
/// some were always missing.
/// </summary>
public static class SynonymTemplate
{
    /// <summary>Every phrase the template stands for, in order; a plain synonym stands for itself.</summary>
    public static IReadOnlyList<string> Expand(string template)
    {
        if (template.IndexOfAny(['(', '[']) < 0)
            return [template];
        var phrases = new List<string> { "" };
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOfAny(['(', '['], at);
            if (open < 0)
            {
                phrases = phrases.Select(p => p + template[at..]).ToList();
                break;
            }
            var literal = template[at..open];
            var close = template.IndexOf(template[open] == '(' ? ')' : ']', open);
            if (close < 0)
                throw new InvalidDataException($"The synonym template '{template}' opens a group it does not close.");
            var choices = template[(open + 1)..close].Split('|').Select(c => c.Trim()).ToList();
            if (template[open] == '[')
                choices.Add("");
            phrases = phrases.SelectMany(p => choices.Select(c => p + literal + c)).ToList();
            at = close + 1;
        }
        // An optional word left out leaves two spaces; the phrase is the same words either way.
        return phrases.Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Distinct(StringComparer.Ordinal).ToList();
    }
}
