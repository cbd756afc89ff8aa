namespace LetterParser.Core.Catalogue;

/// <summary>
/// Everything the reading and explaining stages know that is data, not code: the grounds (how each is recognised
/// and explained, next-step and warning texts), the IRCC offices, and the concerns officers' notes hold. One object, loaded once by the composition
/// root and passed to every stage that needs it.
/// </summary>
public sealed record LetterCatalogue(GroundsCatalogue Grounds, OfficePlaces Offices, ConcernsCatalogue Concerns)
{
    /// <summary>Reads the catalogue files embedded in LetterParser.Core.</summary>
    public static LetterCatalogue LoadEmbedded() =>
        new(GroundsCatalogue.LoadEmbedded(), OfficePlaces.LoadEmbedded(), ConcernsCatalogue.LoadEmbedded());
}
