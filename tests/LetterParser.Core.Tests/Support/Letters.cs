namespace LetterParser.Core.Tests.Support;

/// <summary>Letter texts in the shapes of shared/domain/refusal-letters.md, written for these tests.</summary>
internal static class Letters
{
    public const string CheckboxAbroad = """
        Immigration, Refugees and Citizenship Canada
        Visa Section, High Commission of Canada, New Delhi
        September 2, 2014
        UCI: 00-1234-5678
        Application: W309876543
        Dear Applicant,
        I have reviewed your application for a work permit. I am not satisfied that you meet the requirements of the Act and the Regulations. I am therefore refusing your application.
        [x] You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident.
            In reaching this decision, I considered several factors, including:
          [x] travel history [ ] purpose of visit
          [ ] employment prospects in country of residence
          [x] family ties in Canada and country of residence
          [ ] personal assets and financial status [x] current employment situation
          [ ] immigration status in country of residence
          [ ] your history of having contravened the conditions of admission on a previous stay in Canada
        [ ] You have not satisfied me that you will be able to adequately perform the work you seek.
        [x] You have not demonstrated that you have sufficient funds to support yourself in Canada.
        [ ] You have not provided the documents requested.
        [ ] You are inadmissible to Canada under paragraph 40(1)(a) of the Act for misrepresentation.
        [x] Other: the employer's business licence was expired at the time of the application.
        You are welcome to reapply if you feel that you can respond to these concerns.
        Officer 21345
        """;

    public const string FrenchSentences = """
        Immigration, Réfugiés et Citoyenneté Canada
        Section des visas, Ambassade du Canada, Paris
        Le 18 mars 2024
        IUC : 1234-5678
        Numéro de demande : W309876543
        Madame, Monsieur,
        J'ai examiné votre demande de permis de travail. Je refuse votre demande pour les raisons suivantes :
        Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 200(1)b) du RIPR, compte tenu de vos antécédents de voyage et de l'objet de votre visite.
        Je ne suis pas convaincu que vous disposez de ressources financières suffisantes pour votre séjour.
        Vous pouvez présenter une nouvelle demande si vous estimez pouvoir répondre à ces préoccupations.
        """;

    public const string InCanadaDocuments = """
        Case Processing Centre Vegreville
        2023-11-02
        Client ID: 1234567890
        Application number: W309876543
        Dear Mr. John Smith:
        This letter refers to your application for a work permit. Your application as requested is refused.
        Section 16(1) of the Immigration and Refugee Protection Act requires that all questions put to an applicant must be answered truthfully and that all relevant evidence that an officer requests, and reasonably requires, must be provided. To date, you have failed to provide a valid passport and police certificates.
        You must leave Canada by the expiry date of your current status.
        """;

    public const string NestedNoOffice = """
        IRCC
        18 March 2024
        Application W309876543
        Dear Jane Doe,
        Thank you for your interest in working in Canada. After a careful review of your application and supporting documentation, I have determined that your application does not meet the requirements of the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection Regulations (IRPR). I am refusing your application for the following reasons:
        • I am not satisfied that you will leave Canada at the end of your stay as required by paragraph 200(1)(b) of the IRPR.
        • The purpose of your visit to Canada is not consistent with a temporary stay given the details you have provided in your application.
        • Your current employment situation does not show that you are financially established in your country of residence.
        • Your assets and financial situation are insufficient to support the stated purpose of travel for yourself (and any accompanying family member(s), if applicable).
        • You were not able to demonstrate that you will be able to adequately perform the work you seek.
        You are welcome to reapply.
        ---page---
        Officer's decision notes
        The applicant is a 28 year old single applicant. Travel history is limited. I am not satisfied the applicant will leave Canada.
        Employment offer reviewed. Funds are insufficient.
        """;

    public const string Misrepresentation = """
        Visa Section, Embassy of Canada, Manila
        2024-06-10
        Application number: W301112223
        Dear Maria Santos,
        I have determined that your application does not meet the requirements of the Immigration and Refugee Protection Act. I am refusing your application for the following reasons:
        You are inadmissible to Canada under paragraph 40(1)(a) of the IRPA for directly or indirectly misrepresenting or withholding material facts. In accordance with paragraph 40(2)(a), you remain inadmissible for a period of five years.
        You were not able to demonstrate that you will be able to adequately perform the work you seek.
        Sincerely,
        """;

    public const string ProceduralFairness = """
        Visa Section, Embassy of Canada, Ankara
        2024-03-18
        Dear Jane Doe,
        Procedural fairness letter. I have concerns that you will not leave Canada at the end of your stay. You have an opportunity to respond before a final decision is made.
        """;

    public const string Invoice = """
        Acme Translation Services Ltd.
        Invoice 2024-118
        Date: 2024-03-18
        Certified translation of birth certificate, 2 pages: $80.00
        Total due: $80.00
        Thank you for your business.
        """;
}
