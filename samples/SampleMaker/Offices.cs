namespace SampleMaker;

/// <summary>Offices that sign the sample letters. Addresses are illustrative.</summary>
public static class Offices
{
    private const string Outside = "outside-canada", Inside = "inside-canada";

    public static readonly Office Ankara = new("Visa Section, Embassy of Canada, Ankara",
        ["Cinnah Caddesi No. 58, Cankaya", "06690 Ankara, Turkey"], Outside);
    public static readonly Office NewDelhi = new("High Commission of Canada, New Delhi",
        ["7/8 Shantipath, Chanakyapuri", "New Delhi 110 021, India"], Outside);
    public static readonly Office Manila = new("Visa Section, Embassy of Canada, Manila",
        ["Levels 6-8, Tower 2, RCBC Plaza", "6819 Ayala Avenue, Makati City, Philippines"], Outside);
    public static readonly Office Accra = new("Visa Section, High Commission of Canada, Accra",
        ["42 Independence Avenue", "P.O. Box 1639, Accra, Ghana"], Outside);
    public static readonly Office MexicoCity = new("Immigration Section, Embassy of Canada, Mexico City",
        ["Calle Schiller 529, Colonia Polanco", "11580 Mexico City, Mexico"], Outside);
    public static readonly Office AbuDhabi = new("Visa Section, Embassy of Canada, Abu Dhabi",
        ["9th and 10th Floor, West Tower, Abu Dhabi Mall", "P.O. Box 6970, Abu Dhabi, United Arab Emirates"], Outside);
    public static readonly Office Vegreville = new("Case Processing Centre Vegreville",
        ["6212 - 55th Avenue", "Vegreville, AB  T9C 1X5"], Inside);
    public static readonly Office Edmonton = new("CPC Edmonton",
        ["9700 Jasper Avenue NW, Suite 55", "Edmonton, AB  T5J 4C3"], Inside);

    public static readonly Office Dakar = new("Section des visas, Ambassade du Canada, Dakar",
        ["Rue Galliéni, angle Brière de l'Isle", "B.P. 3373, Dakar, Sénégal"], Outside);
    public static readonly Office SaoPaulo = new("Section d'immigration, Consulat général du Canada, São Paulo",
        ["Avenida das Nações Unidas, 12901, 16e étage", "04578-000 São Paulo (SP), Brésil"], Outside);
    public static readonly Office Paris = new("Section des visas, Ambassade du Canada, Paris",
        ["130, rue du Faubourg Saint-Honoré", "75008 Paris, France"], Outside);
    public static readonly Office Rabat = new("Section des visas, Ambassade du Canada, Rabat",
        ["66, avenue Mehdi Ben Barka, Souissi", "Rabat, Maroc"], Outside);
    public static readonly Office VegrevilleFr = new("Centre de traitement des demandes de Vegreville",
        ["6212, 55e Avenue", "Vegreville (Alberta)  T9C 1X5"], Inside);
}
