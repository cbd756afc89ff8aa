using LetterParser.Core.Documents;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using LetterParser.Extraction.Isolation;

namespace LetterParser.Extraction.Tests.Isolation;

public class ReaderProtocolTests
{
    [Fact]
    public void ADocumentSurvivesTheTripThroughTheProtocolUnchanged()
    {
        var page = new PageText(2, 612, 792, [new TextLine([new Word("Refusé", new Box(1, 2, 3, 4), 0.5), new Word("W310", new Box(5, 6, 7, 8))])],
            [new CheckboxMark(new Box(9, 10, 11, 12), true, 0.42)], ReadingMethod.Ocr, 0.81, 90);
        var document = new DocumentText("application/pdf", [page], ["Page 1 is damaged and could not be read."]);

        var back = ReaderProtocol.DecodeResponse(ReaderProtocol.EncodeResponse(new ReadResponse(document, null, null, 42))).Document!;

        var only = Assert.Single(back.Pages);
        Assert.Equal(page with { Lines = only.Lines, Checkboxes = only.Checkboxes }, only);
        Assert.Equal(page.Lines.Single().Words, only.Lines.Single().Words);
        Assert.Equal(page.Checkboxes, only.Checkboxes);
        Assert.Equal(document.Warnings, back.Warnings);
        Assert.Equal(document.MediaType, back.MediaType);
    }

    [Fact]
    public void AnAnswerCarriesTheReadersPeakAndWhatItStillHoldsAfterTheLetter()
    {
        var back = ReaderProtocol.DecodeResponse(ReaderProtocol.EncodeResponse(new ReadResponse(null, ErrorCode.TooLarge, "big", 900, 300)));

        Assert.Equal((ErrorCode.TooLarge, "big", 900L, 300L), (back.Code!.Value, back.Message!, back.PeakResidentBytes, back.ResidentAfterBytes));
    }

    [Fact]
    public void ARequestCarriesTheFileAndItsLimits()
    {
        var limits = LetterLimits.Default with { MaxPages = 3, MaxInflatedPdfBytes = 1234 };

        var back = ReaderProtocol.DecodeRequest(ReaderProtocol.EncodeRequest(new ReadRequest("lettre.pdf", limits, TimeSpan.FromSeconds(7), new byte[] { 1, 2, 3 })));

        Assert.Equal(("lettre.pdf", limits, TimeSpan.FromSeconds(7)), (back.FileName, back.Limits, back.CpuTime));
        Assert.Equal(new byte[] { 1, 2, 3 }, back.Content.ToArray());
    }

    [Fact]
    public void AnErrorCodeOutsideTheProtocolIsRefused()
    {
        var frame = ReaderProtocol.EncodeResponse(new ReadResponse(null, (ErrorCode)99, "?", 0));

        Assert.Throws<InvalidDataException>(() => ReaderProtocol.DecodeResponse(frame));
    }
}
