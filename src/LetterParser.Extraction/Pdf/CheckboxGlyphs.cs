namespace LetterParser.Extraction.Pdf;

/// <summary>What a single glyph of the text layer is, as far as checkboxes are concerned.</summary>
internal enum GlyphRole
{
    /// <summary>Ordinary text.</summary>
    Text,
    /// <summary>An empty box (☐ □ ❏, a ZapfDingbats 'o'...).</summary>
    EmptyBox,
    /// <summary>A box with a mark in it (☒ ☑ ■ ⊠...).</summary>
    CheckedBox,
    /// <summary>A tick or cross standing alone (✓ ✔ ✗ ✘): a ticked box when alone, the tick of a box when inside one.</summary>
    Tick,
    /// <summary>A symbol-font bullet: kept as "•" so a reasons list still shows its items.</summary>
    Bullet,
    /// <summary>A decorative symbol-font glyph with no text meaning: dropped.</summary>
    Ornament,
}

/// <summary>
/// Classifies glyphs as checkbox marks. Unicode box characters are recognised in any font. Symbol fonts
/// (ZapfDingbats, Wingdings, Wingdings 2) are different: without a ToUnicode map their text layer holds
/// the raw character code ('o', 'þ') or that code moved into the private-use area (U+F0FE), so those
/// codes are looked up in each font's own table.
/// </summary>
internal static class CheckboxGlyphs
{
    public static GlyphRole Classify(string value, string? fontName)
    {
        if (value.Length == 0)
            return GlyphRole.Text;
        var role = ClassifyUnicode(value);
        if (role != GlyphRole.Text || fontName is null)
            return role;
        var font = SymbolFontOf(fontName);
        if (font == SymbolFont.None || value.Length != 1)
            return GlyphRole.Text;
        int code = value[0];
        if (code is >= 0xF000 and <= 0xF0FF)
            code -= 0xF000; // Symbol fonts are often mapped into U+F0xx by Windows generators.
        else if (code > 0xFF)
            return GlyphRole.Text; // a real Unicode value from a ToUnicode map: not a raw code.
        return font switch
        {
            SymbolFont.ZapfDingbats => ZapfDingbats(code),
            SymbolFont.Wingdings => Wingdings(code),
            SymbolFont.Wingdings2 => Wingdings2(code),
            SymbolFont.Symbol => code == 0xB7 ? GlyphRole.Bullet : value[0] >= 0xF000 ? GlyphRole.Ornament : GlyphRole.Text,
            _ => GlyphRole.Ornament,
        };
    }

    /// <summary>True for a glyph that, drawn inside a box, ticks it.</summary>
    public static bool IsMarkInsideBox(string value) =>
        value is "X" or "x" or "×" or "✓" or "✔" or "✗" or "✘" or "✕" or "✖" or "🗸";

    /// <summary>True for glyphs from a symbol font, whose leftover characters are not text.</summary>
    public static bool IsSymbolFont(string? fontName) => fontName is not null && SymbolFontOf(fontName) is not (SymbolFont.None or SymbolFont.Symbol);

    private static GlyphRole ClassifyUnicode(string value)
    {
        if (value.Length == 1)
        {
            return value[0] switch
            {
                '☐' or '□' or '▢' or '❏' or '❐' or '❑' or '❒' or '◻' or '⬜' => GlyphRole.EmptyBox,
                '☑' or '☒' or '■' or '⊠' or '⌧' or '▣' or '◼' or '⬛' => GlyphRole.CheckedBox,
                '✓' or '✔' or '✗' or '✘' => GlyphRole.Tick,
                _ => GlyphRole.Text,
            };
        }
        // Characters outside the BMP arrive as surrogate pairs.
        return value switch
        {
            "🗆" or "🞎" => GlyphRole.EmptyBox,
            "🗹" or "🗷" or "🗵" or "🗶" => GlyphRole.CheckedBox,
            "🗸" => GlyphRole.Tick,
            _ => GlyphRole.Text,
        };
    }

    // Adobe's ZapfDingbats encoding: 'n' a73 ■, 'o'..'r' a74/a203/a75/a204 the shadowed boxes ❏ ❐ ❑ ❒,
    // '3' a20 ✓, '4' a21 ✔, '5' a22 ✕, '6' a23 ✖, '7' a24 ✗, '8' a25 ✘, 'l' a71 ● and 'u' a78 ◆ used as bullets.
    private static GlyphRole ZapfDingbats(int code) => code switch
    {
        'o' or 'p' or 'q' or 'r' => GlyphRole.EmptyBox,
        'n' => GlyphRole.CheckedBox,
        '3' or '4' or '5' or '6' or '7' or '8' => GlyphRole.Tick,
        'l' or 'u' or 'w' => GlyphRole.Bullet,
        _ => GlyphRole.Ornament,
    };

    // Microsoft Wingdings: 'o' 0x6F □, 'p' 0x70 bold □, 'q' ❑, 'r' ❒, 0xA8 ◻ are empty boxes; 'n' 0x6E ■,
    // 'x' 0x78 ⌧, 0xFD ☒, 0xFE ☑ are ticked boxes; 0xFB ✗ and 0xFC ✓ are ticks; 'l' ●, 0x9F •, 0xA7 ▪,
    // 'u' ◆, 'w' ⬥, 0xD8 ➢ are the bullets Word uses.
    private static GlyphRole Wingdings(int code) => code switch
    {
        0x6F or 0x70 or 0x71 or 0x72 or 0xA8 => GlyphRole.EmptyBox,
        0x6E or 0x78 or 0xFD or 0xFE => GlyphRole.CheckedBox,
        0xFB or 0xFC => GlyphRole.Tick,
        0x6C or 0x9F or 0xA7 or 0x75 or 0x77 or 0xD8 or 0xA0 => GlyphRole.Bullet,
        _ => GlyphRole.Ornament,
    };

    // Microsoft Wingdings 2: '*' 0x2A and 0xA3 ⬜ are empty boxes; 'Q' 🗵, 'R' ☑, 'S' ☒, 'T' ☒ ticked boxes;
    // 'O' 🗴 and 'P' ✓ ticks; 0x96 ● and 0x97 ⚫ bullets.
    private static GlyphRole Wingdings2(int code) => code switch
    {
        0x2A or 0xA3 => GlyphRole.EmptyBox,
        0x51 or 0x52 or 0x53 or 0x54 => GlyphRole.CheckedBox,
        0x4F or 0x50 => GlyphRole.Tick,
        0x95 or 0x96 or 0x97 or 0x9F or 0xA0 => GlyphRole.Bullet,
        _ => GlyphRole.Ornament,
    };

    private enum SymbolFont { None, ZapfDingbats, Wingdings, Wingdings2, OtherSymbolic, Symbol }

    [ThreadStatic] private static string? lastFontName;
    [ThreadStatic] private static SymbolFont lastFont;

    private static SymbolFont SymbolFontOf(string fontName)
    {
        // Called for every glyph; a page uses a handful of fonts whose name strings PdfPig shares.
        if (ReferenceEquals(fontName, lastFontName))
            return lastFont;
        lastFont = LookUpSymbolFont(fontName);
        lastFontName = fontName;
        return lastFont;
    }

    private static SymbolFont LookUpSymbolFont(string fontName)
    {
        // Embedded fonts carry a subset prefix ("ABCDEF+Wingdings-Regular"); names vary in spacing.
        if (fontName.Contains("Dingbat", StringComparison.OrdinalIgnoreCase))
            return SymbolFont.ZapfDingbats;
        var wing = fontName.IndexOf("Wingding", StringComparison.OrdinalIgnoreCase);
        if (wing >= 0)
        {
            var rest = fontName.AsSpan(wing + "Wingding".Length).TrimStart('s').TrimStart("s -_,".AsSpan());
            if (rest.StartsWith("2"))
                return SymbolFont.Wingdings2;
            if (rest.StartsWith("3"))
                return SymbolFont.OtherSymbolic;
            return SymbolFont.Wingdings;
        }
        if (fontName.Contains("Webdings", StringComparison.OrdinalIgnoreCase))
            return SymbolFont.OtherSymbolic;
        var plus = fontName.IndexOf('+');
        var bare = plus >= 0 ? fontName.AsSpan(plus + 1) : fontName.AsSpan();
        if (bare.StartsWith("Symbol", StringComparison.OrdinalIgnoreCase))
            return SymbolFont.Symbol;
        return SymbolFont.None;
    }
}
