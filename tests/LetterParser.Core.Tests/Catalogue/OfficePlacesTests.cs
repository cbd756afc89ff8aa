using LetterParser.Core.Tests.Support;

namespace LetterParser.Core.Tests.Catalogue;

public class OfficePlacesTests
{
    [Theory]
    [InlineData("High Commission of Canada, New Dethi", "High Commission of Canada, New Delhi")]
    [InlineData("Section d'immigration, Consulat général du Canada, Sào Paulo", "Section d'immigration, Consulat général du Canada, São Paulo")]
    [InlineData("Visa Section, Embassy of Canada, Ankara", "Visa Section, Embassy of Canada, Ankara")]
    [InlineData("Case Processing Centre Vegrevile", "Case Processing Centre Vegreville")]
    public void PutsABentPlaceNameBackInItsSpelling(string office, string expected) =>
        Assert.Equal(expected, TextPipeline.Catalogue.Offices.Correct(office));
}
