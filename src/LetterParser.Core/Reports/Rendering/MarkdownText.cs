using System.Text;

namespace LetterParser.Core.Reports.Rendering;

/// <summary>Text from a letter or a file name, made inert before it goes into Markdown.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes the characters that would let letter text become markup when the Markdown is rendered: '&lt;'
    /// and '&gt;' (raw HTML and autolinks such as &lt;javascript:...&gt;), '[' and ']' (links and images, so that
    /// "[click](javascript:...)" stays text), '`', '*', '_' (code and emphasis) and the backslash itself. CommonMark
    /// shows an escaped character as itself, so the text reads the same; parentheses and punctuation elsewhere are
    /// left alone, as they cannot start markup without a bracket.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '<' or '>' or '[' or ']' or '`' or '*' or '_')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
