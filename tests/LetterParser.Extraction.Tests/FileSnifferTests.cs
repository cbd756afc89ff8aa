using System.Text;
using LetterParser.Core.Documents;
using LetterParser.Core.Reports;

namespace LetterParser.Extraction.Tests;

public class FileSnifferTests
{
    [Theory]
    [InlineData("25504446 2D312E37 0A", "application/pdf")]
    [InlineData("FFD8FFE0 00104A46 4946", "image/jpeg")]
    [InlineData("89504E47 0D0A1A0A 0000", "image/png")]
    [InlineData("49492A00 08000000", "image/tiff")]
    [InlineData("4D4D002A 00000008", "image/tiff")]
    public void FileTypeIsTakenFromTheMagicBytes(string hex, string mediaType)
    {
        Assert.Equal(mediaType, FileSniffer.Sniff(Convert.FromHexString(hex.Replace(" ", ""))));
    }

    [Fact]
    public void PdfHeaderAfterJunkInTheFirstKilobyteIsStillAPdf()
    {
        var bytes = Encoding.ASCII.GetBytes(new string(' ', 700) + "%PDF-1.4\n");

        Assert.Equal("application/pdf", FileSniffer.Sniff(bytes));
    }

    [Fact]
    public void AZipThatStoresAPdfNearItsStartIsStillAZip()
    {
        var bytes = Encoding.ASCII.GetBytes("PK\u0003\u0004\u0014\u0000letter.pdf%PDF-1.4\n");

        var error = Assert.Throws<LetterInputException>(() => FileSniffer.Sniff(bytes));
        Assert.Equal(ErrorCode.UnsupportedType, error.Code);
    }

    [Fact]
    public void PdfHeaderBeyondTheFirstKilobyteIsNotAPdf()
    {
        var bytes = Encoding.ASCII.GetBytes(new string(' ', 1100) + "%PDF-1.4\n");

        var error = Assert.Throws<LetterInputException>(() => FileSniffer.Sniff(bytes));
        Assert.Equal(ErrorCode.UnsupportedType, error.Code);
    }

    [Theory]
    [InlineData("PK\u0003\u0004word/document.xml", "Word")]
    [InlineData("<!DOCTYPE html><html><body>Refusal</body></html>", "web page")]
    [InlineData("Dear applicant, your application is refused.", "")]
    [InlineData("letter.pdf", "")]
    public void OtherFilesAreRejectedWithAMessageNamingWhatIsAccepted(string content, string hint)
    {
        var error = Assert.Throws<LetterInputException>(() => FileSniffer.Sniff(Encoding.Latin1.GetBytes(content)));

        Assert.Equal(ErrorCode.UnsupportedType, error.Code);
        Assert.Contains("PDF", error.Message);
        Assert.Contains("JPEG, PNG or TIFF", error.Message);
        Assert.Contains(hint, error.Message);
    }
}
