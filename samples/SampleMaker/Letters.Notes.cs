namespace SampleMaker;

/// <summary>
/// The documents the officer's notes come in, and the other IRCC letters that mention a refusal without being one:
/// GCMS printouts (English over three pages, French), a refusal with capitals shorthand notes attached, two
/// procedural-fairness letters (a printed date, "within thirty (30) days"), a Privacy Act release cover letter and
/// a request for documents. Concern ids follow shared/domain/officer-notes.md §2.
/// </summary>
public static partial class Letters
{
    private static Para Heading(string text) => new(text, Bold: true, SpaceAfter: 4);

    private static Para Fields(params string[] lines) => new(string.Join("\n", lines), SpaceAfter: 10);

    private static IEnumerable<LetterSpec> NotesDocuments =>
    [
        new LetterSpec
        {
            Name = "en-gcms-printout-3page",
            Language = "en",
            Face = Face.Helvetica,
            FontSize = 9.5,
            Letterhead = false,
            ApplicationNumber = "W311740268",
            ApplicationLabel = "Application Number:",
            UciPrinted = "11-4820-3397",
            Title = "Global Case Management System - Application Details",
            PermitType = "work-permit",
            Format = "unknown",
            IsRefusal = false,
            DocumentKind = "gcms-notes",
            ConcernIds = ["job.employer-genuineness", "language.below-requirement", "ties.not-established"],
            Exercises = "GCMS printout released through ATIP, three pages: fields, assessment statuses, \"Final Decision: Refused\", "
                + "dated note entries; a printout, not a refusal letter; concerns from its notes only",
            Body =
            [
                Heading("Application Information"),
                Fields("Category: Worker", "Line of Business: Temporary Resident", "Primary Office: Manila", "Received Date: 2025-05-06",
                    "App Status: Finalized", "Status Reason: Refused"),
                Heading("Client Information"),
                Fields("Family Name: DELA CRUZ", "Given Name: MARIA LOURDES", "Date of Birth: 1991-03-14", "Country of Citizenship: Philippines",
                    "Marital Status: Married"),
                new PageBreak(),
                Heading("Assessments"),
                Fields("Eligibility: Failed", "Security: Passed", "Criminality: Passed", "Medical: Not Required", "Misrepresentation: Not Started",
                    "Other Reqs: Passed"),
                Heading("Finalize Application"),
                Fields("Final Decision: Refused", "Decision Date: 2025-07-22", "Refusal Grounds: R200(1)(b), R200(3)(a)"),
                Heading("Correspondence"),
                Fields("2025-07-22 Refusal letter sent by email"),
                new PageBreak(),
                Heading("Notes"),
                Fields("2025-07-22 10:41 MNL8032", "Refusal letter generated"),
                Fields("2025-07-22 10:37 MNL8032"),
                P("Applicant is seeking an LMIA-based work permit as a food service supervisor (NOC 62010) with a restaurant in Regina, SK. "
                    + "LMIA is valid and names the applicant."),
                P("The employer's business was registered seven months ago and the payroll lists three workers. The IELTS result on file "
                    + "is an overall band of 4.5, which is below the level the supervisory duties require."),
                P("The applicant started with her current employer only five months ago."),
                P("s. 16(1)(c)"),
                P("Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the end of the "
                    + "period authorized for their stay, or that she is able to perform the work sought. For the reasons above, I have "
                    + "refused this application."),
            ],
        },
        new LetterSpec
        {
            Name = "fr-gcms-printout",
            Language = "fr",
            Face = Face.DejaVuSans,
            FontSize = 9.5,
            Letterhead = false,
            ApplicationNumber = "S309927154",
            ApplicationLabel = "Numéro de demande :",
            UciPrinted = "22-6104-8815",
            UciLabel = "IUC :",
            Title = "Système mondial de gestion des cas (SMGC) - Détails de la demande",
            PermitType = "study-permit",
            Format = "unknown",
            IsRefusal = false,
            DocumentKind = "gcms-notes",
            ConcernIds = ["funds.source-unclear", "funds.transaction-history", "purpose.study-regression", "travel.none"],
            Exercises = "French GCMS printout (SMGC), two pages: French field names and statuses, notes in French",
            Body =
            [
                Heading("Renseignements sur la demande"),
                Fields("Catégorie : Étudiant", "Bureau principal : Dakar", "Date de réception : 2025-03-11", "Statut : Fermée",
                    "Décision finale : Refusée"),
                Heading("Évaluations"),
                Fields("Admissibilité : Échouée", "Sécurité : Réussie", "Criminalité : Réussie", "Médical : Réussie"),
                new PageBreak(),
                Heading("Notes"),
                Fields("2025-05-02 09:15 DKR0412"),
                P("Le demandeur souhaite suivre un diplôme d'études collégiales en gestion à Montréal alors qu'il détient déjà une "
                    + "maîtrise en gestion, un niveau d'études inférieur."),
                P("La source des fonds présentés n'est pas démontrée. Le relevé bancaire montre un solde élevé sans historique de "
                    + "transactions."),
                P("Aucun voyage antérieur hors de la région."),
                P("Compte tenu de ces facteurs, je ne suis pas convaincu que le demandeur quittera le Canada à la fin de la période de "
                    + "séjour autorisée. Demande refusée."),
            ],
        },
        new LetterSpec
        {
            Name = "en-refusal-caps-notes",
            Language = "en",
            Face = Face.Helvetica,
            Office = Offices.NewDelhi,
            Date = new DateOnly(2025, 10, 6),
            DateStyle = DateStyle.DayMonthYear,
            ApplicationNumber = "V318804215",
            UciPrinted = "1198-3340",
            ApplicantName = "Arjun Mehta",
            AddressLines = ["Arjun Mehta", "14 Civil Lines", "Jalandhar, Punjab 144001", "India"],
            PermitType = "visitor-visa",
            Format = "sentences",
            DocumentKind = "refusal-letter",
            ConcernIds = ["funds.unexplained-deposit", "ties.family-in-canada", "ties.no-dependants", "travel.none"],
            Exercises = "visitor refusal with officer decision notes attached on page 2 in capitals shorthand (PA, Y.O., CDA, TR, "
                + "STMT, BF): concerns from the notes, grounds from the letter only",
            Body =
            [
                P("Dear Arjun Mehta,"),
                P("Thank you for your interest in visiting Canada. After a careful review of your application and supporting "
                    + "documentation, I have determined that your application does not meet the requirements of the Immigration and "
                    + "Refugee Protection Act and Regulations. I am refusing your application for the following reasons:"),
                R("I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of the "
                    + "IRPR, based on your family ties in Canada and in your country of residence.", G.FamilyTies),
                R("I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of the "
                    + "IRPR, based on your travel history.", G.TravelHistory),
                new Gap(4),
                P("The officer's decision notes are attached to this letter."),
                P(EnReapply, 14),
                .. SignOff("Sincerely,", "Officer NDL-2291", "High Commission of Canada, New Delhi"),
                new OfficerNotes("OFFICER DECISION NOTES",
                [
                    "APPLICATION REVIEWED. PA IS 29 Y.O. SINGLE, NO DEPENDANTS. PA HAS 2 SIBLINGS IN TORONTO AND MOTHER IS PR IN CDA.",
                    "NO PREVIOUS TRAVEL. BANK STMT SHOWS LUMP SUM DEP OF 6 LAKH INR 2 WKS BF APPLICATION, SOURCE NOT EXPLAINED.",
                    "ON BALANCE NOT SATISFIED PA IS A BONAFIDE TR WHO WILL DEPART CDA AT END OF AUTHORIZED STAY. REFUSED.",
                ]),
            ],
        },
        new LetterSpec
        {
            Name = "en-pfl-response-date",
            Language = "en",
            Face = Face.Times,
            FontSize = 11,
            Office = Offices.Manila,
            Date = new DateOnly(2025, 9, 15),
            DateStyle = DateStyle.MonthDayYear,
            ApplicationNumber = "W319907731",
            UciPrinted = "3381-0927",
            ApplicantName = "Ramon Villanueva",
            AddressLines = ["Ramon Villanueva", "88 Del Pilar Street", "Cebu City 6000", "Philippines"],
            Title = "Procedural Fairness Letter",
            PermitType = "work-permit",
            Format = "unknown",
            IsRefusal = false,
            DocumentKind = "procedural-fairness-letter",
            ConcernIds = ["job.employer-genuineness", "job.reference-letters-weak", "language.no-evidence"],
            ResponseDeadline = new DateOnly(2025, 10, 15),
            Exercises = "procedural-fairness letter that states three concerns and gives a printed response date; mentions an "
                + "earlier refusal without being one",
            Body =
            [
                P("Dear Ramon Villanueva:"),
                P("Your previous application for a work permit was refused on March 4, 2024. I am now reviewing your new "
                    + "application. Before I make a final decision, I am giving you an opportunity to respond to my concerns."),
                P("I have concerns that you may not meet the requirements of paragraph 200(3)(a) of the Immigration and Refugee "
                    + "Protection Regulations. Specifically:"),
                Bullet("The employment letter you submitted does not describe your duties or the dates of your employment."),
                Bullet("The address of your prospective employer appears to be a residential home."),
                Bullet("No evidence of your English language proficiency was submitted, although the position requires it."),
                new Gap(4),
                P("Please submit your response, with any documents that address these concerns, no later than October 15, 2025. "
                    + "If you do not respond, a decision will be made based on the information on file.", 14),
                .. SignOff("Sincerely,", "Officer MNL-5120", "Visa Section, Embassy of Canada, Manila"),
            ],
        },
        new LetterSpec
        {
            Name = "en-pfl-within-30-days",
            Language = "en",
            Face = Face.Helvetica,
            Office = Offices.Accra,
            Date = new DateOnly(2025, 11, 3),
            DateStyle = DateStyle.Iso,
            ApplicationNumber = "S320015582",
            UciPrinted = "44-7731-2086",
            ApplicantName = "Kwame Asante",
            AddressLines = ["Kwame Asante", "House 17, Ring Road East", "Accra", "Ghana"],
            Title = "Request for additional information - procedural fairness",
            PermitType = "study-permit",
            Format = "unknown",
            IsRefusal = false,
            DocumentKind = "procedural-fairness-letter",
            ConcernIds = ["funds.unexplained-deposit", "purpose.study-regression"],
            ResponseDeadline = new DateOnly(2025, 12, 3),
            Exercises = "procedural-fairness letter for a study permit: two concerns, \"within thirty (30) days\" counted from "
                + "the letter date",
            Body =
            [
                P("Dear Kwame Asante,"),
                P("I am writing about your application for a study permit. Before a final decision is made, you have the "
                    + "opportunity to respond to the following concerns."),
                P("The program you have chosen, a one-year certificate in business administration, is at a lower level than the "
                    + "bachelor's degree in business you completed in 2022."),
                P("Your bank statements show a deposit of GHS 95,000 made in the month before you applied, and the origin of this "
                    + "deposit is not explained."),
                P("You have thirty (30) days from the date of this letter to provide a response and any supporting documents. If "
                    + "you do not respond, a decision will be made based on the information on file.", 14),
                .. SignOff("Sincerely,", "Officer ACC-0388", "Visa Section, High Commission of Canada, Accra"),
            ],
        },
        new LetterSpec
        {
            Name = "en-atip-cover-letter",
            Language = "en",
            Face = Face.Helvetica,
            Date = new DateOnly(2025, 12, 1),
            DateStyle = DateStyle.MonthDayYear,
            ApplicationNumber = "W311740268",
            ApplicationLabel = "Your application:",
            ExtraRefs = [("Our file:", "A-2025-418832")],
            ApplicantName = "Maria Lourdes Dela Cruz",
            AddressLines = ["Maria Lourdes Dela Cruz", "27 Katipunan Avenue", "Quezon City 1108", "Philippines"],
            Title = "Access to Information and Privacy Division",
            PermitType = "work-permit",
            Format = "unknown",
            IsRefusal = false,
            DocumentKind = "other",
            Exercises = "Privacy Act release cover letter that says the application was refused: not a refusal, no grounds, no concerns",
            Body =
            [
                P("Dear Maria Lourdes Dela Cruz:"),
                P("This is in response to your request under the Privacy Act, received on October 2, 2025, for a copy of the "
                    + "records of your application for a work permit, which was refused on July 22, 2025."),
                P("Please find enclosed the records that were released to you, 3 pages in all. Some information has been withheld "
                    + "under section 26 of the Privacy Act; the sections applied are shown on the pages concerned."),
                P("You are entitled to complain to the Privacy Commissioner of Canada about the processing of your request within "
                    + "60 days of the date of this letter.", 14),
                .. SignOff("Sincerely,", "ATIP Analyst", "Immigration, Refugees and Citizenship Canada"),
            ],
        },
        new LetterSpec
        {
            Name = "en-request-documents",
            Language = "en",
            Face = Face.Times,
            FontSize = 11,
            Office = Offices.MexicoCity,
            Date = new DateOnly(2025, 8, 11),
            DateStyle = DateStyle.DayMonthYear,
            ApplicationNumber = "V317725590",
            UciPrinted = "5520-1184",
            ApplicantName = "Lucia Hernandez",
            AddressLines = ["Lucia Hernandez", "Avenida Reforma 410", "Guadalajara, Jalisco 44100", "Mexico"],
            Title = "Request for additional documents",
            PermitType = "visitor-visa",
            Format = "unknown",
            IsRefusal = false,
            DocumentKind = "other",
            Exercises = "request for documents that mentions a possible refusal and an earlier refused application: not a refusal",
            Body =
            [
                P("Dear Lucia Hernandez,"),
                P("In order to continue processing your application for a temporary resident visa, please submit the following "
                    + "documents within 30 days:"),
                Bullet("bank statements for the last six months in your name;"),
                Bullet("a letter from your employer stating your position, salary and approved leave;"),
                Bullet("a copy of the refusal letter of your application that was refused in 2023."),
                new Gap(4),
                P("Upload the documents through your online account. If you do not provide them, your application may be refused "
                    + "on the basis of the information on file.", 14),
                .. SignOff("Sincerely,", "Immigration Section", "Embassy of Canada, Mexico City"),
            ],
        },
    ];
}
