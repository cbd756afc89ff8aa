namespace SampleMaker;

public static partial class Letters
{
    private const string EnReapply = "You are welcome to reapply if you feel that you can respond to these concerns and "
        + "demonstrate that you meet the requirements. Any future application should include all information you feel "
        + "may assist your application.";

    private static IEnumerable<LetterSpec> SentenceLetters =>
    [
        new LetterSpec
        {
            Name = "en-sentences-workpermit",
            Language = "en",
            Face = Face.Helvetica,
            Office = Offices.Manila,
            Date = new DateOnly(2019, 8, 14),
            DateStyle = DateStyle.Iso,
            ApplicationNumber = "W310298471",
            UciPrinted = "2233-4455",
            ApplicantName = "Maria Santos",
            AddressLines = ["Maria Santos", "Blk 12 Lot 4, Mabini Street", "Barangay San Isidro, Quezon City 1100", "Philippines"],
            PermitType = "work-permit",
            Format = "sentences",
            Exercises = "\"as stipulated in paragraph 200(1)(b) of the IRPR, based on ...\" one sentence per factor, "
                + "incl. \"based on X and Y\"; ability to perform work",
            Body =
            [
                P("Dear Maria Santos,"),
                P("This refers to your application for a work permit. After a careful review of your application and "
                    + "supporting documentation, I have determined that your application does not meet the requirements of "
                    + "the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection "
                    + "Regulations (IRPR). I am refusing your application for the following reasons:"),
                R("I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph "
                    + "200(1)(b) of the IRPR, based on your travel history.", G.TravelHistory),
                R("I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph "
                    + "200(1)(b) of the IRPR, based on your family ties in Canada and in your country of residence and the "
                    + "purpose of your visit.", G.FamilyTies, G.PurposeOfVisit),
                R("I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph "
                    + "200(1)(b) of the IRPR, based on your personal assets and financial status.", G.AssetsFinances),
                R("You have not demonstrated that you will be able to adequately perform the work you seek, as required by "
                    + "paragraph 200(3)(a) of the IRPR.", G.Ability),
                new Gap(4),
                P(EnReapply, 14),
                .. SignOff("Sincerely,", "Officer MRL", "Visa Section", "Embassy of Canada, Manila"),
            ],
        },
        new LetterSpec
        {
            Name = "en-sentences-study-thirdperson",
            Language = "en",
            Face = Face.Times,
            FontSize = 11.5,
            Ligatures = true,
            Office = Offices.NewDelhi,
            Date = new DateOnly(2020, 1, 14),
            DateStyle = DateStyle.MonthDayYear,
            ApplicationNumber = "S312087764",
            ApplicationLabel = "Application:",
            UciPrinted = "11-2233-4455",
            ApplicantName = "Harpreet Kaur",
            AddressLines = ["Harpreet Kaur", "Village Kotli, P.O. Nurmahal", "District Jalandhar, Punjab 144039", "India"],
            PermitType = "study-permit",
            Format = "sentences",
            Exercises = "third person (\"The officer is not satisfied\"), \"subsection 216(1) of the Immigration and Refugee "
                + "Protection Regulations\", ﬁ/ﬂ ligatures, hyphenated line breaks",
            Body =
            [
                P("Dear Harpreet Kaur:"),
                P("Your application for a study permit has been reviewed by an officer of the Visa Section. The officer "
                    + "has determined that your application does not satisfy the requirements of the Immigration and Refugee "
                    + "Protection Act and Regulations, and it has been refused for the following reasons:"),
                R("The officer is not satisfied that you will leave Canada at the end of your stay, as stipulated in "
                    + "subsection 216(1) of the Immigration and Refugee Protection Regulations, based on the limited "
                    + "em\u00ADploy\u00ADment prospects in your country of resi\u00ADdence.", G.EmploymentProspects),
                R("The officer is not satisfied that you will leave Canada at the end of your stay, as stipulated in "
                    + "subsection 216(1) of the Immigration and Refugee Protection Regulations, based on your current "
                    + "em\u00ADploy\u00ADment situa\u00ADtion and your immigra\u00ADtion status.", G.CurrentEmployment, G.ImmigrationStatus),
                R("The officer is not satis\u00ADfied that you have sufficient and available finan\u00ADcial resources, "
                    + "without working in Canada, to pay the tuition fees for your pro\u00ADgram, to main\u00ADtain yourself "
                    + "during your studies and to pay for your return trans\u00ADpor\u00ADta\u00ADtion, as required by section 220 of the Immigration and Refugee "
                    + "Protection Regulations. The bank statements submitted do not show a stable financial history.", G.Funds),
                new Gap(4),
                P("If you decide to submit a new application, please include any information that you feel may assist the "
                    + "officer, including a clear explanation of how your studies in Canada fit your career plans.", 14),
                .. SignOff("Yours sincerely,", "Officer NDL-2231", "Visa Section", "High Commission of Canada, New Delhi"),
            ],
        },
        new LetterSpec
        {
            Name = "en-sentences-visitor-nooffice",
            Language = "en",
            Face = Face.Helvetica,
            Date = new DateOnly(2018, 10, 3),
            DateStyle = DateStyle.DayMonthYear,
            ApplicationNumber = "V314660019",
            ApplicationLabel = "Application number:",
            UciPrinted = "3344-5566",
            PermitType = "visitor-visa",
            Format = "sentences",
            Exercises = "no office anywhere (decision location unknown -> both deadlines), no applicant name, R179(b) "
                + "visitor wording, \"based on X and Y\"",
            Body =
            [
                P("Dear Applicant,"),
                P("We have reviewed your application for a Temporary Resident Visa. After careful consideration, we regret "
                    + "to inform you that your application does not meet the requirements of the Immigration and Refugee "
                    + "Protection Act and Regulations. Your application is refused for the following reasons:"),
                R("I am not satisfied that you will leave Canada at the end of your stay as a visitor, as stipulated in "
                    + "paragraph 179(b) of the IRPR, based on the purpose of your visit and the length of your proposed stay.",
                    G.PurposeOfVisit, G.LengthOfStay),
                R("I am not satisfied that you will leave Canada at the end of your stay as a visitor, as stipulated in "
                    + "paragraph 179(b) of the IRPR, based on your immigration status.", G.ImmigrationStatus),
                new Gap(4),
                P(EnReapply, 14),
                .. SignOff("Sincerely,", "Migration Officer", "Immigration, Refugees and Citizenship Canada"),
            ],
        },
        new LetterSpec
        {
            Name = "fr-sentences-study",
            Language = "fr",
            Face = Face.DejaVuSans,
            FontSize = 10,
            Office = Offices.Rabat,
            Date = new DateOnly(2019, 7, 9),
            DateStyle = DateStyle.FrenchDayMonthYear,
            ApplicationNumber = "S311450982",
            ApplicationLabel = "Numéro de demande :",
            UciPrinted = "5566-1188",
            UciLabel = "IUC :",
            ApplicantName = "Youssef El Amrani",
            AddressLines = ["Youssef El Amrani", "12, rue Ibn Sina, Agdal", "10090 Rabat, Maroc"],
            PermitType = "study-permit",
            Format = "sentences",
            Exercises = "French \"comme l'exige le paragraphe 216(1) du RIPR, compte tenu de ...\" sentences; funds",
            Body =
            [
                P("Monsieur,"),
                P("La présente fait suite à votre demande de permis d'études. Après un examen attentif de votre demande et "
                    + "des documents à l'appui, j'ai déterminé que votre demande ne satisfait pas aux exigences de la Loi sur "
                    + "l'immigration et la protection des réfugiés (LIPR) et du Règlement sur l'immigration et la protection "
                    + "des réfugiés (RIPR). Je refuse votre demande pour les motifs suivants :"),
                R("Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige le "
                    + "paragraphe 216(1) du RIPR, compte tenu de vos antécédents de voyage.", G.TravelHistory),
                R("Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige le "
                    + "paragraphe 216(1) du RIPR, compte tenu de vos liens familiaux au Canada et dans votre pays de résidence.",
                    G.FamilyTies),
                R("Je ne suis pas convaincu que vous quitterez le Canada au terme de votre séjour, comme l'exige le "
                    + "paragraphe 216(1) du RIPR, compte tenu de l'objet de votre visite.", G.PurposeOfVisit),
                R("Je ne suis pas convaincu que vous disposez de ressources financières suffisantes pour payer vos frais de "
                    + "scolarité et subvenir à vos besoins pendant vos études au Canada.", G.Funds),
                new Gap(4),
                P("Vous pouvez présenter une nouvelle demande si vous estimez pouvoir répondre à ces préoccupations. Toute "
                    + "nouvelle demande devrait inclure tous les renseignements que vous jugez utiles.", 14),
                .. SignOff("Veuillez agréer, Monsieur, l'expression de mes sentiments distingués.",
                    "Agent des visas RB-311", "Section des visas, Ambassade du Canada, Rabat"),
            ],
        },
    ];
}
