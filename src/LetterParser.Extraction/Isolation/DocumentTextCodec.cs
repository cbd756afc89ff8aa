using LetterParser.Core.Documents;

namespace LetterParser.Extraction.Isolation;

/// <summary>
/// <see cref="DocumentText"/> as bytes, for the trip from the reader process back to its parent. A plain binary
/// layout (no reflection, no schema) keeps a digital letter's round trip well under a millisecond; the protocol
/// version in <see cref="ReaderProtocol"/> changes whenever this layout does.
/// </summary>
internal static class DocumentTextCodec
{
    public static void Write(BinaryWriter writer, DocumentText document)
    {
        writer.Write(document.MediaType);
        writer.Write(document.Warnings.Count);
        foreach (var warning in document.Warnings)
            writer.Write(warning);
        writer.Write(document.Pages.Count);
        foreach (var page in document.Pages)
        {
            writer.Write(page.Number);
            writer.Write(page.Width);
            writer.Write(page.Height);
            writer.Write((byte)page.Method);
            writer.Write(page.OcrConfidence.HasValue);
            writer.Write(page.OcrConfidence ?? 0);
            writer.Write(page.Rotation);
            writer.Write(page.Lines.Count);
            foreach (var line in page.Lines)
            {
                writer.Write(line.Words.Count);
                foreach (var word in line.Words)
                {
                    writer.Write(word.Text);
                    WriteBox(writer, word.Box);
                    writer.Write(word.Confidence);
                }
            }
            writer.Write(page.Checkboxes.Count);
            foreach (var box in page.Checkboxes)
            {
                WriteBox(writer, box.Box);
                writer.Write(box.IsChecked);
                // The box's own confidence decides whether it may count: it must survive the trip.
                writer.Write(box.Confidence);
            }
        }
    }

    public static DocumentText Read(BinaryReader reader)
    {
        var mediaType = reader.ReadString();
        var warnings = new string[Count(reader)];
        for (var i = 0; i < warnings.Length; i++)
            warnings[i] = reader.ReadString();
        var pages = new PageText[Count(reader)];
        for (var p = 0; p < pages.Length; p++)
        {
            var number = reader.ReadInt32();
            var width = reader.ReadDouble();
            var height = reader.ReadDouble();
            var method = (ReadingMethod)reader.ReadByte();
            var hasConfidence = reader.ReadBoolean();
            var confidence = reader.ReadDouble();
            var rotation = reader.ReadInt32();
            var lines = new TextLine[Count(reader)];
            for (var l = 0; l < lines.Length; l++)
            {
                var words = new Word[Count(reader)];
                for (var w = 0; w < words.Length; w++)
                    words[w] = new Word(reader.ReadString(), ReadBox(reader), reader.ReadDouble());
                lines[l] = new TextLine(words);
            }
            var checkboxes = new CheckboxMark[Count(reader)];
            for (var c = 0; c < checkboxes.Length; c++)
                checkboxes[c] = new CheckboxMark(ReadBox(reader), reader.ReadBoolean(), reader.ReadDouble());
            pages[p] = new PageText(number, width, height, lines, checkboxes, method, hasConfidence ? confidence : null, rotation);
        }
        return new DocumentText(mediaType, pages, warnings);
    }

    /// <summary>A count from the other side, checked before anything is allocated for it.</summary>
    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException("The reader process sent an impossible count.");
        return count;
    }

    private static void WriteBox(BinaryWriter writer, Box box)
    {
        writer.Write(box.Left);
        writer.Write(box.Top);
        writer.Write(box.Right);
        writer.Write(box.Bottom);
    }

    private static Box ReadBox(BinaryReader reader) => new(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
}
