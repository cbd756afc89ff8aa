namespace SampleMaker;

public static partial class Letters
{
    private const string WnlEn = "You have not satisfied me that you would leave Canada at the end of your stay as a temporary "
        + "resident. In reaching this decision, I considered several factors, including:";

    private static IEnumerable<LetterSpec> CheckboxLetters =>
    [
        new LetterSpec
        {
            Name = "en-checkbox-unicode",
            Language = "en",
            Face = Face.Helvetica,
            FontSize = 10,
            Boxes = BoxStyle.Unicode,
            OldLetterhead = true,
            Office = Offices.Ankara,
            Date = new DateOnly(2014, 9, 2),
            DateStyle = DateStyle.MonthDayYear,
            ApplicationNumber = "W301284467",
            UciPrinted = "3172-9045",
            ApplicantName = "Mehmet Yilmaz",
            AddressLines = ["Mehmet Yilmaz", "Ataturk Bulvari No. 112/7", "06420 Kizilay, Ankara", "Turkey"],
            PermitType = "work-permit",
            Format = "checkbox",
            Exercises = "full printed list, only some boxes ticked; factor boxes three to a line; Unicode ☐/☒ glyphs",
            Body =
            [
                P("Dear Mehmet Yilmaz:"),
                P("Thank you for your interest in working in Canada. I have reviewed your application for a work permit. "
                    + "Subsection 11(1) of the Immigration and Refugee Protection Act states that a visa or document may be "
                    + "issued if, following an examination, the officer is satisfied that the foreign national is not "
                    + "inadmissible and meets the requirements of the Act."),
                P("I am not satisfied that you meet the requirements of the Act and the Regulations. I am therefore "
                    + "refusing your application. The boxes checked below apply to your application:", 10),
                new Check("You have not satisfied me that you will be able to adequately perform the work you seek.", G.Ability, false),
                new Check(WnlEn, G.WillNotLeave, true)
                {
                    FactorRows = G.FactorRows("en", [3, 2, 2, 1, 1], G.TravelHistory, G.PurposeOfVisit),
                },
                new Check("You have not satisfied me that you have sufficient and available financial resources, without "
                    + "working in Canada, to maintain yourself and any accompanying family members during your stay.", G.Funds, true),
                new Check("You have not provided the documents requested or required to support your application.", G.DocumentsNotProvided, false),
                new Check("You have not satisfied me that you have answered truthfully all questions asked of you.", G.Truthfulness, false),
                new Check("Other: ________________________________________________", G.Other, false),
                new Gap(4),
                P("You are welcome to reapply if you feel that you can respond to these concerns and demonstrate that you "
                    + "meet the requirements. Any future application should include all information you feel may assist "
                    + "your application. Please note that there is no guarantee that a future application will be approved."),
                P("Thank you for your interest in Canada.", 14),
                .. SignOff("Yours sincerely,", "Officer AXH", "Visa Section"),
            ],
        },
        new LetterSpec
        {
            Name = "en-checkbox-zapf",
            Language = "en",
            Face = Face.Times,
            FontSize = 11,
            Boxes = BoxStyle.ZapfDingbats,
            Office = Offices.NewDelhi,
            Date = new DateOnly(2016, 5, 4),
            DateStyle = DateStyle.Iso,
            DateLabel = "Date:",
            ApplicationNumber = "V318846502",
            ApplicationLabel = "Application number:",
            UciPrinted = "00-1263-8841",
            ApplicantName = "Priya Sharma",
            AddressLines = ["Priya Sharma", "House No. 44, Sector 15", "Chandigarh 160015, Punjab, India"],
            PermitType = "visitor-visa",
            Format = "checkbox",
            Exercises = "ZapfDingbats boxes (text layer is dingbats), visitor visa, 10-digit UCI, ticked \"Other:\" line with free text",
            Body =
            [
                P("Dear Applicant:"),
                P("I have reviewed your application for a temporary resident visa. After careful consideration, I am not "
                    + "satisfied that you meet the requirements of the Immigration and Refugee Protection Act and "
                    + "Regulations. I am therefore refusing your application for the reasons marked below:", 10),
                new Check(WnlEn, G.WillNotLeave, true)
                {
                    FactorRows = G.FactorRows("en", OnePerLine, G.FamilyTies, G.AssetsFinances, G.CurrentEmployment),
                },
                new Check("You have not satisfied me that you have sufficient and available funds to support yourself and "
                    + "any accompanying family members during your proposed stay in Canada.", G.Funds, false),
                new Check("You did not submit the documents requested of you.", G.DocumentsNotProvided, false),
                new Check("Other:", G.Other, true, "You did not explain the two-year gap in your employment history "
                    + "between 2013 and 2015, which the officer asked about at your interview."),
                new Gap(4),
                P("You may submit a new application if you feel you can address these concerns. Any future application "
                    + "should include all information you feel may assist your application.", 14),
                .. SignOff("Sincerely,", "Officer 21345", "Visa Section, New Delhi"),
            ],
        },
        new LetterSpec
        {
            Name = "en-checkbox-ascii",
            Language = "en",
            Face = Face.Helvetica,
            Boxes = BoxStyle.Ascii,
            Office = Offices.Accra,
            Date = new DateOnly(2017, 6, 12),
            DateStyle = DateStyle.DayMonthYear,
            ApplicationNumber = "S307715930",
            UciPrinted = "8765-4321",
            UciLabel = "Client ID:",
            ApplicantName = "Kwame Mensah",
            AddressLines = ["Kwame Mensah", "P.O. Box KS 1185", "Kumasi, Ashanti Region", "Ghana"],
            PermitType = "study-permit",
            Format = "checkbox",
            Exercises = "ASCII [X]/[ ] boxes, study permit, factor boxes two to a line, documents box ticked",
            Body =
            [
                P("Dear Kwame Mensah,"),
                P("We have determined that your application for a study permit does not meet the requirements of the "
                    + "Immigration and Refugee Protection Act and Regulations. We are refusing your application."),
                P("An officer reviewed your application and found the following (marked [X]):", 10),
                new Check("You have not satisfied me that you would leave Canada at the end of your stay as a temporary "
                    + "resident, as stipulated in subsection 216(1) of the IRPR. I considered the following factors:", G.WillNotLeave, true)
                {
                    FactorRows = G.FactorRows("en", [2, 2, 2, 2, 1], G.ImmigrationStatus, G.LengthOfStay),
                },
                new Check("You have not satisfied me that you have sufficient and available financial resources, without "
                    + "working in Canada, to pay the tuition fees for the course or program of studies, maintain yourself "
                    + "during your studies and pay the costs of returning to your country.", G.Funds, false),
                new Check("You have not provided all the documents requested in support of your application, namely the "
                    + "original bank statements and the letter from your sponsor.", G.DocumentsNotProvided, true),
                new Check("You are inadmissible to Canada on health grounds: you did not complete the required medical examination.", G.Medical, false),
                new Check("Other: ________________________________________________", G.Other, false),
                new Gap(4),
                P("You are welcome to reapply if you feel that you can respond to these concerns. Any future application "
                    + "should include all the documents listed above.", 14),
                .. SignOff("Yours truly,", "Officer KQ-17", "Visa Section, Accra"),
            ],
        },
        new LetterSpec
        {
            Name = "en-checkbox-drawn-2page",
            Language = "en",
            Face = Face.Times,
            FontSize = 12.5,
            Boxes = BoxStyle.Drawn,
            Office = Offices.MexicoCity,
            Date = new DateOnly(2016, 3, 7),
            DateStyle = DateStyle.MonthDayYear,
            ApplicationNumber = "W305561278",
            UciPrinted = "1122-3344",
            ApplicantName = "Alejandro Ramirez Torres",
            AddressLines = ["Alejandro Ramirez Torres", "Avenida Insurgentes Sur 1602, Depto. 8", "Colonia Credito Constructor",
                "03940 Mexico City, Mexico"],
            PermitType = "work-permit",
            Format = "checkbox",
            Exercises = "boxes drawn as vector squares with an X (no text), two pages, ability to perform work, LMIA box unticked",
            Body =
            [
                P("Dear Alejandro Ramirez Torres:"),
                P("Thank you for your interest in working in Canada. After a careful review of your application and "
                    + "supporting documentation, I have determined that your application does not meet the requirements of "
                    + "the Immigration and Refugee Protection Act and Regulations. I am not satisfied that you meet the "
                    + "requirements of the Act and the Regulations for the reason(s) checked below. I am therefore refusing "
                    + "your application.", 10),
                new Check("You have not satisfied me that you will be able to adequately perform the work you seek, as "
                    + "required by paragraph 200(3)(a) of the Immigration and Refugee Protection Regulations.", G.Ability, true),
                new Check("You do not have a valid positive Labour Market Impact Assessment for the position offered to you.", G.Lmia, false),
                new Check(WnlEn, G.WillNotLeave, true)
                {
                    FactorRows = G.FactorRows("en", OnePerLine, G.EmploymentProspects, G.PreviousContravention),
                },
                new Check("You have not satisfied me that you have sufficient and available financial resources to maintain "
                    + "yourself and any accompanying family members during your stay in Canada.", G.Funds, false),
                new Check("You have not answered truthfully all questions asked of you, as required by subsection 16(1) of the Act.", G.Truthfulness, false),
                new Check("You are inadmissible to Canada on grounds of criminality under section 36 of the Act.", G.Criminality, false),
                new Check("Other: ________________________________________", G.Other, false),
                new Gap(4),
                P("You are welcome to reapply if you feel that you can respond to these concerns and demonstrate that you "
                    + "meet the requirements. Any future application should include all information you feel may assist "
                    + "your application, including evidence of your qualifications and work experience."),
                P("Thank you for your interest in Canada.", 14),
                .. SignOff("Yours sincerely,", "Officer 0447", "Immigration Section", "Embassy of Canada, Mexico City"),
            ],
        },
        new LetterSpec
        {
            Name = "fr-checkbox-unicode",
            Language = "fr",
            Face = Face.DejaVuSans,
            FontSize = 10,
            Boxes = BoxStyle.Unicode,
            OldLetterhead = true,
            Office = Offices.Dakar,
            Date = new DateOnly(2014, 9, 2),
            DateStyle = DateStyle.FrenchLe,
            DateLabel = "Dakar,",
            ApplicationNumber = "W302418876",
            ApplicationLabel = "Numéro de demande :",
            UciPrinted = "4455-6677",
            UciLabel = "IUC :",
            ApplicantName = "Aminata Diallo",
            AddressLines = ["Madame Aminata Diallo", "Cité Keur Gorgui, Villa 27", "Dakar, Sénégal"],
            PermitType = "work-permit",
            Format = "checkbox",
            Exercises = "French checkbox list, Unicode boxes, date \"le 2 septembre 2014\", applicant name after \"Madame\"",
            Body =
            [
                P("Madame, Monsieur,"),
                P("Je vous remercie de l'intérêt que vous portez au Canada. Après avoir examiné attentivement votre demande "
                    + "de permis de travail et les documents à l'appui, je ne suis pas convaincu que vous satisfaites aux "
                    + "exigences de la Loi sur l'immigration et la protection des réfugiés (LIPR) et de son règlement. Je "
                    + "refuse donc votre demande pour les motifs cochés ci-dessous :", 10),
                new Check("Vous ne m'avez pas convaincu que vous seriez en mesure d'exercer adéquatement l'emploi que vous "
                    + "cherchez à occuper.", G.Ability, false),
                new Check("Vous ne m'avez pas convaincu que vous quitteriez le Canada à la fin de votre séjour à titre de "
                    + "résident temporaire. Pour prendre cette décision, j'ai tenu compte de plusieurs facteurs, notamment :", G.WillNotLeave, true)
                {
                    FactorRows = G.FactorRows("fr", [2, 1, 1, 1, 1, 1, 1, 1], G.TravelHistory, G.PurposeOfVisit, G.FamilyTies),
                },
                new Check("Vous ne m'avez pas convaincu que vous disposez de ressources financières suffisantes et disponibles, "
                    + "sans travailler au Canada, pour subvenir à vos besoins et à ceux des membres de votre famille qui vous "
                    + "accompagnent pendant votre séjour.", G.Funds, true),
                new Check("Vous n'avez pas fourni tous les documents demandés.", G.DocumentsNotProvided, false),
                new Check("Je ne suis pas convaincu que vous avez répondu véridiquement à toutes les questions qui vous ont été posées.", G.Truthfulness, false),
                new Check("Autre : ____________________________________________", G.Other, false),
                new Gap(4),
                P("Vous pouvez présenter une nouvelle demande si vous estimez pouvoir répondre à ces préoccupations. Toute "
                    + "nouvelle demande devrait comprendre tous les renseignements susceptibles de l'appuyer."),
                .. SignOff("Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.",
                    "Agent des visas 40127", "Section des visas"),
            ],
        },
        new LetterSpec
        {
            Name = "fr-checkbox-zapf",
            Language = "fr",
            Face = Face.DejaVuSerif,
            FontSize = 10,
            Boxes = BoxStyle.ZapfDingbats,
            Office = Offices.SaoPaulo,
            Date = new DateOnly(2016, 11, 15),
            DateStyle = DateStyle.FrenchDayMonthYear,
            ApplicationNumber = "S309902145",
            ApplicationLabel = "Numéro de demande :",
            UciPrinted = "11-4477-2200",
            UciLabel = "IUC :",
            ApplicantName = "Lucas Ferreira",
            AddressLines = ["Lucas Ferreira", "Rua Haddock Lobo, 595, apto 31", "01414-001 São Paulo (SP)", "Brésil"],
            PermitType = "study-permit",
            Format = "checkbox",
            Exercises = "French, ZapfDingbats boxes, Consulat général, study permit, factor boxes up to three a line",
            Body =
            [
                P("Monsieur,"),
                P("J'ai examiné votre demande de permis d'études. Après un examen attentif, je ne suis pas convaincu que vous "
                    + "satisfaites aux exigences de la Loi et du Règlement. Votre demande est donc refusée pour les motifs "
                    + "indiqués ci-dessous :", 10),
                new Check("Vous ne m'avez pas convaincu que vous quitteriez le Canada à la fin de votre séjour, comme l'exige "
                    + "le paragraphe 216(1) du RIPR. J'ai tenu compte des facteurs suivants :", G.WillNotLeave, true)
                {
                    FactorRows = G.FactorRows("fr", [2, 2, 2, 2, 1], G.EmploymentProspects, G.AssetsFinances),
                },
                new Check("Vous ne m'avez pas convaincu que vous disposez de ressources financières suffisantes pour payer les "
                    + "frais de scolarité et subvenir à vos besoins pendant vos études.", G.Funds, true),
                new Check("Vous n'avez pas fourni tous les documents demandés.", G.DocumentsNotProvided, false),
                new Check("Vous êtes interdit de territoire au Canada pour motifs sanitaires.", G.Medical, false),
                new Check("Autre :", G.Other, false),
                new Gap(4),
                P("Vous pouvez présenter une nouvelle demande si vous estimez pouvoir répondre à ces préoccupations."),
                .. SignOff("Veuillez agréer, Monsieur, mes salutations distinguées.",
                    "Agente d'immigration BR-0923", "Section d'immigration, São Paulo"),
            ],
        },
    ];
}
