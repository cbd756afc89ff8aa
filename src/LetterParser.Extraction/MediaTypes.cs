namespace LetterParser.Extraction;

/// <summary>The media types a letter may arrive as; they name the file in <see cref="Core.Documents.DocumentText.MediaType"/>.</summary>
internal static class MediaTypes
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Tiff = "image/tiff";
}
