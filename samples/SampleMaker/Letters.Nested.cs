namespace SampleMaker;

public static partial class Letters
{
    private const string NestedOpeningEn = "Thank you for your interest in working in Canada. After a careful review of your "
        + "application and supporting documentation, I have determined that your application does not meet the requirements "
        + "of the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection Regulations "
        + "(IRPR). I am refusing your application for the following reasons:";

    private static IEnumerable<LetterSpec> NestedLetters =>
    [
        new LetterSpec
        {
            Name = "en-nested-2024",
            Language = "en",
            Face = Face.Helvetica,
            Office = Offices.Ankara,
            Date = new DateOnly(2024, 3, 18),
            DateStyle = DateStyle.Iso,
            ApplicationNumber = "W321907745",
            UciPrinted = "5566-7788",
            ApplicantName = "Elif Demir",
            AddressLines = ["Elif Demir", "Kultur Mahallesi, 1382 Sokak No. 9", "35220 Konak, Izmir", "Turkey"],
            PermitType = "work-permit",
            Format = "nested",
            Exercises = "2021+ nested bullets: will-not-leave with three supporting factor sentences, funds sentence",
            Body =
            [
                P("Dear Elif Demir,"),
                P(NestedOpeningEn),
                Bullet("I am not satisfied that you will leave Canada at the end of your stay as required by paragraph "
                    + "200(1)(b) of the IRPR. I have considered the following factors in my decision:", G.WillNotLeave),
                SubBullet("The purpose of your visit to Canada is not consistent with a temporary stay given the details "
                    + "you have provided in your application.", G.PurposeOfVisit),
                SubBullet("Your current employment situation does not show that you are financially established in your "
                    + "country of residence.", G.CurrentEmployment),
                SubBullet("You do not have significant family ties outside Canada.", G.FamilyTies),
                new Gap(3),
                Bullet("Your assets and financial situation are insufficient to support the stated purpose of travel for "
                    + "yourself (and any accompanying family member(s), if applicable).", G.Funds),
                new Gap(6),
                P(EnReapply, 14),
                .. SignOff("Sincerely,", "Officer 38817", "Visa Section, Embassy of Canada, Ankara"),
            ],
        },
        new LetterSpec
        {
            Name = "en-nested-officer-notes-2025",
            Language = "en",
            Face = Face.Times,
            FontSize = 11,
            Office = Offices.Manila,
            Date = new DateOnly(2025, 9, 22),
            DateStyle = DateStyle.MonthDayYear,
            ApplicationNumber = "W328815023",
            UciPrinted = "66-7788-9900",
            UciLabel = "Unique client identifier (UCI):",
            ApplicantName = "Jose Miguel Reyes",
            AddressLines = ["Jose Miguel Reyes", "27 Rizal Avenue", "Dagupan City, Pangasinan 2400", "Philippines"],
            PermitType = "work-permit",
            Format = "nested",
            Exercises = "officer decision notes attached on page 2 (since July 2025) that mention travel history, funds and "
                + "the LMIA: they must not add grounds",
            Body =
            [
                P("Dear Jose Miguel Reyes:"),
                P(NestedOpeningEn),
                Bullet("I am not satisfied that you will leave Canada at the end of your stay as required by paragraph "
                    + "200(1)(b) of the IRPR. I have considered the following factors in my decision:", G.WillNotLeave),
                SubBullet("The purpose of your visit to Canada is not consistent with a temporary stay given the details "
                    + "you have provided in your application.", G.PurposeOfVisit),
                new Gap(3),
                Bullet("You were not able to demonstrate that you will be able to adequately perform the work you seek.", G.Ability),
                new Gap(6),
                P("The officer's notes explaining this decision are attached to this letter."),
                P(EnReapply, 14),
                .. SignOff("Sincerely,", "Officer MNL-4410", "Visa Section, Embassy of Canada, Manila"),
                new OfficerNotes("Officer's decision notes (Global Case Management System)",
                [
                    "Application W328815023 reviewed. PA is a 34-year-old national of the Philippines applying for an "
                        + "LMIA-based work permit as a welder (NOC 72106) with an employer in Saskatoon, SK. LMIA provided "
                        + "and valid.",
                    "PA's travel history is limited to one trip to Hong Kong in 2019. Bank statements show an average "
                        + "balance of approximately PHP 85,000; funds appear sufficient for initial settlement.",
                    "PA states he intends to return to the Philippines after the contract; however, the duties described "
                        + "and the family information provided indicate a stay that is not temporary. PA's welding "
                        + "certificate is from a 3-week course and the employment letter does not describe structural "
                        + "welding experience, which the LMIA position requires.",
                    "Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at "
                        + "the end of the period authorized for their stay, or that the applicant is able to perform the work "
                        + "sought. For the reasons above, I have refused this application.",
                ]),
            ],
        },
        new LetterSpec
        {
            Name = "en-nested-lmia",
            Language = "en",
            Face = Face.Helvetica,
            Office = Offices.Accra,
            Date = new DateOnly(2024, 3, 18),
            DateStyle = DateStyle.DayMonthYear,
            ApplicationNumber = "W322416670",
            UciPrinted = "7722-1094",
            ApplicantName = "Abena Owusu",
            AddressLines = ["Abena Owusu", "House No. C/23, Dansoman Estates", "Accra, Ghana"],
            PermitType = "work-permit",
            Format = "nested",
            Exercises = "job offer grounds: no valid LMIA and offer not genuine; ability to perform work incl. language",
            Body =
            [
                P("Dear Abena Owusu,"),
                P(NestedOpeningEn),
                Bullet("You do not have a valid positive Labour Market Impact Assessment (LMIA) for the position you have "
                    + "been offered, as required by subparagraph 200(1)(c)(iii) of the IRPR. The LMIA submitted was issued "
                    + "for a different employer.", G.Lmia),
                Bullet("I am not satisfied that the offer of employment is genuine, as required by subsection 200(5) of the "
                    + "IRPR.", G.Genuineness),
                Bullet("You were not able to demonstrate that you will be able to adequately perform the work you seek. "
                    + "Satisfactory proof of English proficiency was not provided.", G.Ability),
                new Gap(6),
                P(EnReapply, 14),
                .. SignOff("Sincerely,", "Officer AC-5107", "Visa Section, High Commission of Canada, Accra"),
            ],
        },
        new LetterSpec
        {
            Name = "en-nested-ict-unrecognized",
            Language = "en",
            Face = Face.Times,
            FontSize = 11,
            Office = Offices.NewDelhi,
            Date = new DateOnly(2022, 11, 5),
            DateStyle = DateStyle.MonthDayYear,
            ApplicationNumber = "W319977310",
            ApplicationLabel = "Application number:",
            UciPrinted = "7788-9911",
            ApplicantName = "Rohan Iyer",
            AddressLines = ["Rohan Iyer", "Flat 1204, Lodha Bellissimo", "N.M. Joshi Marg, Mumbai 400011", "India"],
            PermitType = "work-permit",
            Format = "nested",
            Exercises = "category eligibility (C12 intra-company transferee), will-not-leave with no factor, and a reason "
                + "sentence that matches no known ground (expected verbatim as unrecognized)",
            Body =
            [
                P("Dear Rohan Iyer:"),
                P(NestedOpeningEn),
                Bullet("You have not established that you meet the eligibility requirements as an intra-company transferee "
                    + "in the C12 Specialized Knowledge category under R205(a).", G.Category),
                Bullet("I am not satisfied that you will leave Canada at the end of your stay as required by paragraph "
                    + "200(1)(b) of the IRPR.", G.WillNotLeave),
                new Reason("Your passport expires before the end of the proposed period of employment.", [],
                    Bullet: "•", Unrecognized: true, SpaceAfter: 4),
                new Gap(6),
                P(EnReapply, 14),
                .. SignOff("Yours sincerely,", "Officer 52290", "High Commission of Canada, New Delhi"),
            ],
        },
        new LetterSpec
        {
            Name = "fr-nested-2024",
            Language = "fr",
            Face = Face.DejaVuSerif,
            FontSize = 10,
            Office = Offices.Paris,
            Date = new DateOnly(2024, 3, 18),
            DateStyle = DateStyle.FrenchDayMonthYear,
            ApplicationNumber = "W323340018",
            ApplicationLabel = "Numéro de demande :",
            UciPrinted = "8899-0011",
            UciLabel = "IUC :",
            ApplicantName = "Camille Rousseau",
            AddressLines = ["Camille Rousseau", "14, rue des Lilas", "69003 Lyon", "France"],
            PermitType = "work-permit",
            Format = "nested",
            Exercises = "French nested bullets, date \"18 mars 2024\", alinéa 200(1)b) du RIPR, ability to perform work",
            Body =
            [
                P("Madame,"),
                P("Merci de l'intérêt que vous portez au travail au Canada. Après un examen attentif de votre demande et des "
                    + "documents à l'appui, j'ai déterminé que votre demande ne satisfait pas aux exigences de la Loi sur "
                    + "l'immigration et la protection des réfugiés (LIPR) et du Règlement sur l'immigration et la protection "
                    + "des réfugiés (RIPR). Je refuse votre demande pour les motifs suivants :"),
                Bullet("Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige "
                    + "l'alinéa 200(1)b) du RIPR. J'ai tenu compte des facteurs suivants :", G.WillNotLeave),
                SubBullet("L'objet de votre visite au Canada n'est pas compatible avec un séjour temporaire, compte tenu "
                    + "des renseignements fournis dans votre demande.", G.PurposeOfVisit),
                SubBullet("Vous n'avez pas de liens familiaux importants à l'extérieur du Canada.", G.FamilyTies),
                SubBullet("Votre situation d'emploi actuelle ne démontre pas que vous êtes financièrement établie dans "
                    + "votre pays de résidence.", G.CurrentEmployment),
                new Gap(3),
                Bullet("Vous n'avez pas été en mesure de démontrer que vous serez en mesure d'exécuter adéquatement les "
                    + "tâches de l'emploi que vous cherchez.", G.Ability),
                new Gap(6),
                P("Vous pouvez présenter une nouvelle demande si vous estimez pouvoir répondre à ces préoccupations.", 14),
                .. SignOff("Veuillez agréer, Madame, mes salutations distinguées.",
                    "Agente 61402", "Section des visas, Ambassade du Canada, Paris"),
            ],
        },
        new LetterSpec
        {
            Name = "en-misrepresentation",
            Language = "en",
            Face = Face.Helvetica,
            Office = Offices.AbuDhabi,
            Date = new DateOnly(2023, 2, 27),
            DateStyle = DateStyle.DayMonthYear,
            ApplicationNumber = "W317734421",
            UciPrinted = "9081-7263",
            ApplicantName = "Imran Qureshi",
            AddressLines = ["Imran Qureshi", "Al Nahda 2, Building 14, Flat 305", "Dubai, United Arab Emirates"],
            PermitType = "work-permit",
            Format = "nested",
            Exercises = "misrepresentation A40(1)(a) with the five-year bar A40(2)(a); mentions a procedural-fairness letter",
            Body =
            [
                P("Dear Imran Qureshi,"),
                P("Thank you for your interest in working in Canada. Following a review of your application and of your "
                    + "response to our procedural fairness letter dated January 10, 2023, I have determined that your "
                    + "application does not meet the requirements of the Immigration and Refugee Protection Act (IRPA). I am "
                    + "refusing your application for the following reasons:"),
                Bullet("You are inadmissible to Canada under paragraph 40(1)(a) of the IRPA for directly or indirectly "
                    + "misrepresenting or withholding material facts relating to a relevant matter that induces or could "
                    + "induce an error in the administration of the Act. Specifically, the employment reference letter from "
                    + "Gulf Star Trading LLC submitted with your application was found not to be genuine.", G.Misrepresentation),
                new Gap(4),
                P("In accordance with paragraph 40(2)(a) of the IRPA, you will remain inadmissible to Canada for a period of "
                    + "five years from the date of this letter. Any application you submit during this period will be refused."),
                P("This decision is final. You may wish to seek advice on the options available to you.", 14),
                .. SignOff("Sincerely,", "Officer UAE-2817", "Visa Section, Embassy of Canada, Abu Dhabi"),
            ],
        },
    ];
}
