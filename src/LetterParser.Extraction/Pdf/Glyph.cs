// PdfPig calls one glyph on a page a Letter. In LetterParser a letter is the document, so Extraction calls it a glyph;
// PdfPig's own members (Page.Letters, Word.Letters) keep their names.
global using Glyph = UglyToad.PdfPig.Content.Letter;
