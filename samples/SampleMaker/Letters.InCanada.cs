namespace SampleMaker;

public static partial class Letters
{
    private static IEnumerable<LetterSpec> InCanadaLetters =>
    [
        new LetterSpec
        {
            Name = "en-incanada-documents-a16",
            Language = "en",
            Face = Face.Helvetica,
            Office = Offices.Vegreville,
            Date = new DateOnly(2019, 1, 9),
            DateStyle = DateStyle.MonthDayYear,
            ApplicationNumber = "W308812356",
            UciPrinted = "1357-2468",
            ExtraRefs = [("File number:", "F000418852")],
            ApplicantName = "Nguyen Van Minh",
            AddressLines = ["Nguyen Van Minh", "1408 - 10180 104 Street NW", "Edmonton, AB  T5J 1A7"],
            PermitType = "work-permit",
            Format = "in-canada",
            Exercises = "short CPC letter, the A16(1) documents paragraph (which also says \"answered truthfully\": not a "
                + "truthfulness finding), restoration wording",
            Body =
            [
                P("Dear Nguyen Van Minh:"),
                P("This letter refers to your application for a work permit. Your application as requested is refused."),
                R("Section 16(1) of the Immigration and Refugee Protection Act requires that all questions put to an "
                    + "applicant must be answered truthfully and that all relevant evidence that an officer requests, and "
                    + "reasonably requires, must be provided. To date, you have failed to provide the documents requested in "
                    + "our letter of October 22, 2018, namely a police certificate from Viet Nam and proof of your current "
                    + "immigration status in Canada.", G.DocumentsNotProvided),
                P("If your temporary resident status has expired, you must leave Canada. If you wish to remain in Canada, "
                    + "you may apply to restore your status within 90 days of losing it, as set out in section 182 of the "
                    + "Immigration and Refugee Protection Regulations.", 14),
                .. SignOff("Yours truly,", "Officer VG-0412", "Case Processing Centre Vegreville"),
            ],
        },
        new LetterSpec
        {
            Name = "en-incanada-extension-pgwp",
            Language = "en",
            Face = Face.Times,
            FontSize = 11,
            Office = Offices.Edmonton,
            Date = new DateOnly(2023, 7, 21),
            DateStyle = DateStyle.Iso,
            ApplicationNumber = "W324471159",
            UciPrinted = "24-6813-5790",
            UciLabel = "Client ID:",
            ApplicantName = "Chen Wei",
            AddressLines = ["Chen Wei", "305 - 8770 Jasper Avenue NW", "Edmonton, AB  T5H 4E8"],
            Title = "Re: Application to change conditions / extend your stay in Canada as a worker",
            PermitType = "work-permit",
            Format = "in-canada",
            Exercises = "CPC Edmonton extension refusal, category eligibility (post-graduation work permit, C43), "
                + "restoration within 90 days",
            Body =
            [
                P("Dear Chen Wei,"),
                P("This refers to your application for a work permit made from within Canada. After reviewing your "
                    + "application, I have determined that you do not meet the requirements for the work permit you "
                    + "requested, and your application is refused."),
                R("You have not established that you meet the eligibility requirements of the Post-Graduation Work Permit "
                    + "Program (exemption code C43) under subparagraph 205(c)(ii) of the Immigration and Refugee Protection "
                    + "Regulations: the program of study you completed was not delivered by an eligible designated learning "
                    + "institution.", G.Category),
                P("Your temporary resident status in Canada has expired. You must leave Canada immediately. You may apply "
                    + "for restoration of your status within 90 days of the date of this letter; you may not work in "
                    + "Canada while your restoration application is being processed.", 14),
                .. SignOff("Sincerely,", "Officer 7734", "CPC Edmonton"),
            ],
        },
        new LetterSpec
        {
            Name = "fr-incanada-truthfulness-a16",
            Language = "fr",
            Face = Face.DejaVuSans,
            FontSize = 10,
            Office = Offices.VegrevilleFr,
            Date = new DateOnly(2021, 2, 4),
            DateStyle = DateStyle.FrenchLe,
            DateLabel = "Vegreville,",
            ApplicationNumber = "W315520847",
            ApplicationLabel = "Numéro de demande :",
            UciPrinted = "3691-2580",
            UciLabel = "IUC :",
            ApplicantName = "Jean-Philippe Mbeki",
            AddressLines = ["Jean-Philippe Mbeki", "2250, rue Sherbrooke Est, app. 4", "Montréal (Québec)  H2K 1E5"],
            PermitType = "work-permit",
            Format = "in-canada",
            Exercises = "French CPC letter, truthfulness under A16(1) (not misrepresentation), extension refused, restoration",
            Body =
            [
                P("Monsieur,"),
                P("La présente fait suite à votre demande de prolongation de votre permis de travail présentée au Canada. "
                    + "Votre demande est refusée."),
                R("Je ne suis pas convaincu que vous avez répondu véridiquement à toutes les questions qui vous ont été "
                    + "posées, comme l'exige le paragraphe 16(1) de la Loi sur l'immigration et la protection des réfugiés. "
                    + "Plus précisément, je ne suis pas convaincu que les renseignements suivants sont vrais : la lettre "
                    + "d'emploi de Transports Bélanger inc. datée du 12 octobre 2020 et les relevés de paie qui "
                    + "l'accompagnent.", G.Truthfulness),
                P("Votre statut de résident temporaire a pris fin. Vous devez quitter le Canada. Vous pouvez demander le "
                    + "rétablissement de votre statut dans les 90 jours suivant la perte de celui-ci, conformément à "
                    + "l'article 182 du Règlement sur l'immigration et la protection des réfugiés.", 14),
                .. SignOff("Veuillez agréer, Monsieur, nos salutations distinguées.",
                    "Agente VG-1187", "Centre de traitement des demandes de Vegreville"),
            ],
        },
    ];

    private static IEnumerable<LetterSpec> NonRefusals =>
    [
        new LetterSpec
        {
            Name = "en-approval-poe-letter",
            Language = "en",
            Face = Face.Helvetica,
            Office = Offices.Manila,
            Date = new DateOnly(2023, 4, 11),
            DateStyle = DateStyle.MonthDayYear,
            ApplicationNumber = "W320041187",
            UciPrinted = "4412-9087",
            ApplicantName = "Andrea Dela Cruz",
            AddressLines = ["Andrea Dela Cruz", "88 Kalayaan Avenue", "Diliman, Quezon City 1101", "Philippines"],
            Title = "PORT OF ENTRY LETTER OF INTRODUCTION",
            PermitType = "work-permit",
            Format = "unknown",
            IsRefusal = false,
            Exercises = "not a refusal: work permit approval (port of entry letter)",
            Body =
            [
                P("Dear Andrea Dela Cruz:"),
                P("We are pleased to inform you that your application for a work permit has been approved. This letter is "
                    + "not a work permit. You must present this letter to a border services officer when you arrive in "
                    + "Canada, together with your passport and the documents listed below."),
                P("Please present the following documents to the officer at the port of entry: a valid passport; proof of "
                    + "funds; the job offer letter from your employer; and any other documents the officer may request."),
                P("This letter expires on April 11, 2024. Your work permit will be issued at the port of entry if the "
                    + "officer is satisfied that you meet the requirements of the Act and the Regulations.", 14),
                .. SignOff("Sincerely,", "Visa Section", "Embassy of Canada, Manila"),
            ],
        },
        new LetterSpec
        {
            Name = "en-procedural-fairness",
            Language = "en",
            Face = Face.Times,
            FontSize = 11,
            Office = Offices.NewDelhi,
            Date = new DateOnly(2024, 10, 2),
            DateStyle = DateStyle.Iso,
            ApplicationNumber = "W326603394",
            UciPrinted = "6630-2214",
            ApplicantName = "Simran Gill",
            AddressLines = ["Simran Gill", "House 221, Model Town", "Ludhiana, Punjab 141002", "India"],
            Title = "Procedural Fairness Letter: request for additional information",
            PermitType = "work-permit",
            Format = "unknown",
            IsRefusal = false,
            Exercises = "not a refusal: a procedural-fairness letter that names concerns (funds, ties) and asks for more "
                + "information within 30 days",
            Body =
            [
                P("Dear Simran Gill:"),
                P("I am reviewing your application for a work permit. Before I make a final decision, I am giving you an "
                    + "opportunity to respond to concerns about your application."),
                P("Based on the information on file, I have concerns that you may not meet the requirements of paragraph "
                    + "200(1)(b) of the Immigration and Refugee Protection Regulations. Specifically, the bank statements you "
                    + "submitted show large deposits shortly before the application, and it is not clear that the funds are "
                    + "available to you. I also have concerns about your ties to your country of residence."),
                P("You may submit any additional information or documents that you believe address these concerns within "
                    + "30 days of the date of this letter. If you do not respond, a decision will be made based on the "
                    + "information on file, which may result in the refusal of your application.", 14),
                .. SignOff("Sincerely,", "Officer NDL-0875", "High Commission of Canada, New Delhi"),
            ],
        },
        new LetterSpec
        {
            Name = "en-fee-receipt",
            Language = "en",
            Face = Face.Helvetica,
            Date = new DateOnly(2024, 2, 2),
            DateStyle = DateStyle.Iso,
            DateLabel = "Date of payment:",
            Title = "OFFICIAL RECEIPT",
            PermitType = "unknown",
            Format = "unknown",
            IsRefusal = false,
            Exercises = "not a refusal: an online fee receipt (no identifiers, no office)",
            Body =
            [
                new Row("Receipt number", "7B2C-9F10-4A1E"),
                new Row("Payment method", "Credit card (VISA ending 4417)"),
                new Gap(10),
                new Row("Description", "Amount (CAD)", true),
                new Row("Work permit (including extensions) - per person", "$155.00"),
                new Row("Open work permit holder fee", "$100.00"),
                new Row("Biometrics - per person", "$85.00"),
                new Gap(6),
                new Row("Total paid", "$340.00", true),
                new Gap(18),
                P("Keep this receipt for your records. It proves that you paid the processing fees; it is not an "
                    + "application and it is not a decision on an application. Fees are not refundable once processing has "
                    + "started."),
                P("Immigration, Refugees and Citizenship Canada"),
            ],
        },
    ];
}
