#!/usr/bin/env python3
"""Writes Corpus2/letters: independently written refusal-letter texts and their expectations.

Letters are written here (not by hand in the folder) so the simulated OCR noise is reproducible:
`python3 make_corpus2.py` rewrites every NNN-*.txt / NNN-*.json with the same fixed seed.
The letters were written from shared/domain/*.md and general knowledge of IRCC / CIC wording only,
never from the matcher, the catalogue or the first corpus.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "letters")
LETTERS = []

ACCENTS = {"é": "e", "è": "e", "à": "a", "ê": "e", "ç": "c", "ô": "o", "É": "E", "î": "i", "û": "u"}


def noisy(text, seed, protect=(), gentle=(), rate=0.06):
    """Realistic Tesseract confusions at a modest rate, a few per line at most; boxes and page breaks kept.

    Lines in `protect` (the officer's free text expected verbatim) stay clean. Lines holding a `gentle` string
    (the applicant's name) only get confusions a reader can undo (stray punctuation, lost accents): nothing can
    recover a dropped letter in a name, and the expectation keeps the name as printed.
    """
    rng = random.Random(seed)
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped == "---page---" or any(stripped in p or p in stripped for p in protect):
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip(" "))]
        if any(g and g in line for g in gentle):
            rng_mark = rng.random()
            if rng_mark < 0.3:
                line = line.rstrip() + rng.choice(["'", ".", " ‚"])
            elif rng_mark < 0.5:
                for a, b in ACCENTS.items():
                    line = line.replace(a, b, 1) if a in line else line
            out.append(line)
            continue
        tokens = line.strip().split(" ")
        changed = 0
        result = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok in ("[x]", "[X]", "[", "]", "[ ]") or tok == "":
                result.append(tok)
                i += 1
                continue
            if tok == "I" and rng.random() < 0.35:
                result.append("|")
                changed += 1
                i += 1
                continue
            if re.search(r"\d", tok) and rng.random() < 0.3 and changed < 3:
                new = tok
                if "0" in new and rng.random() < 0.6:
                    new = new.replace("0", "O", 1)
                elif "1" in new:
                    new = new.replace("1", "l", 1)
                elif new[0] == "S":
                    new = rng.choice(["5", "$"]) + new[1:]
                result.append(new)
                changed += 1
                i += 1
                continue
            if changed >= 3 or len(tok) < 3 or rng.random() > rate:
                # French accents are lost more often than other confusions.
                if any(c in tok for c in ACCENTS) and rng.random() < 0.12 and changed < 3:
                    for a, b in ACCENTS.items():
                        if a in tok:
                            tok = tok.replace(a, b, 1)
                            break
                    changed += 1
                result.append(tok)
                i += 1
                continue
            ops = []
            if "rn" in tok: ops.append("rn>m")
            if "m" in tok: ops.append("m>rn")
            if "w" in tok: ops.append("w>vv")
            if "d" in tok: ops.append("d>cl")
            if "cl" in tok: ops.append("cl>d")
            if "l" in tok: ops.append("l>1")
            if "I" in tok: ops.append("I>l")
            if "O" in tok: ops.append("O>0")
            if len(tok) >= 5: ops += ["drop", "double"]
            if len(tok) >= 7: ops.append("split")
            if i + 1 < len(tokens) and tokens[i + 1] not in ("[x]", "[ ]", "") and len(tokens[i + 1]) > 1:
                ops.append("join")
            ops.append("punct")
            op = rng.choice(ops)
            if op == "join":
                result.append(tok + tokens[i + 1])
                i += 2
                changed += 1
                continue
            if op == "rn>m": tok = tok.replace("rn", "m", 1)
            elif op == "m>rn": tok = tok.replace("m", "rn", 1)
            elif op == "w>vv": tok = tok.replace("w", "vv", 1)
            elif op == "d>cl": tok = tok.replace("d", "cl", 1)
            elif op == "cl>d": tok = tok.replace("cl", "d", 1)
            elif op == "l>1": tok = tok.replace("l", "1", 1)
            elif op == "I>l": tok = tok.replace("I", "l", 1)
            elif op == "O>0": tok = tok.replace("O", "0", 1)
            elif op == "drop":
                k = rng.randrange(1, len(tok) - 1)
                tok = tok[:k] + tok[k + 1:]
            elif op == "double":
                k = rng.randrange(1, len(tok) - 1)
                tok = tok[:k] + tok[k] + tok[k:]
            elif op == "split":
                k = rng.randrange(2, len(tok) - 2)
                tok = tok[:k] + " " + tok[k:]
            elif op == "punct":
                tok = tok + rng.choice(["‚", "'", ".", ","]) if rng.random() < 0.5 else rng.choice(["'", "‚"]) + tok
            result.append(tok)
            changed += 1
            i += 1
        out.append(indent + " ".join(result))
    return "\n".join(out)


def letter(name, text, *, lang="en", date=None, app=None, uci=None, who=None, office=None,
           permit="unknown", loc="unknown", fmt="unknown", grounds=None, unrec=(), notes=False,
           refusal=True, ocr=False):
    grounds = grounds or {}
    for key, factors in list(grounds.items()):
        if factors and key != "will-not-leave":
            raise ValueError(name + ": only will-not-leave has factors")
    if any(k.startswith("will-not-leave.") for k in grounds):
        raise ValueError(name)
    if "other" in grounds and not unrec:
        raise ValueError(name + ": other needs its unrecognized text")
    if refusal:
        jr = {"inside-canada": [15], "outside-canada": [60]}.get(loc, [15, 60])
    else:
        jr, fmt, grounds = [], "unknown", {}
    LETTERS.append(dict(name=name, text=text.strip("\n") + "\n", ocr=ocr, unrec=list(unrec), exp={
        "isRefusalLetter": refusal,
        "language": lang,
        "letter": {"date": date, "applicationNumber": app, "uci": uci, "applicantName": who, "office": office,
                   "permitType": permit, "decisionLocation": loc, "format": fmt},
        "grounds": {k: ["will-not-leave." + f for f in v] for k, v in grounds.items()},
        "unrecognized": list(unrec),
        "hasOfficerNotes": notes,
        "judicialReviewDays": jr,
    }))


def box(ticked):
    return "[x]" if ticked else "[ ]"


WNL_EN = [  # (factor id, label as printed on the CIC-era form)
    ("travel-history", "travel history"),
    ("purpose-of-visit", "purpose of visit"),
    ("employment-prospects", "employment prospects in country of residence"),
    ("length-of-stay", "length of proposed stay in Canada"),
    ("family-ties", "family ties in Canada and in country of residence"),
    ("assets-finances", "personal assets and financial status"),
    ("current-employment", "current employment situation"),
    ("immigration-status", "immigration status in country of residence"),
    ("previous-contravention", "your history of having contravened the conditions of admission on a previous stay in Canada"),
]

WNL_FR = [
    ("travel-history", "antécédents de voyage"),
    ("purpose-of-visit", "objet de la visite"),
    ("employment-prospects", "perspectives d'emploi dans votre pays de résidence"),
    ("length-of-stay", "durée du séjour proposé au Canada"),
    ("family-ties", "liens familiaux au Canada et dans votre pays de résidence"),
    ("assets-finances", "biens personnels et situation financière"),
    ("current-employment", "situation d'emploi actuelle"),
    ("immigration-status", "statut d'immigrant dans votre pays de résidence"),
    ("previous-contravention", "vous avez déjà contrevenu aux conditions d'admission lors d'un séjour antérieur au Canada"),
]


def factor_rows(table, ticked, pairs):
    """Two factor boxes on a line when `pairs`, otherwise one per line; always indented under the umbrella."""
    rows = []
    items = [f"{box(fid in ticked)} {label}" for fid, label in table]
    if pairs:
        j = 0
        while j < len(items):
            if j + 1 < len(items) and len(items[j]) + len(items[j + 1]) < 80:
                rows.append("      " + items[j] + "     " + items[j + 1])
                j += 2
            else:
                rows.append("      " + items[j])
                j += 1
    else:
        rows = ["      " + it for it in items]
    return rows


def cic_form_en(ticks, factors=(), permit="work", other=None, pairs=True):
    """The CIC-era visa-office checkbox list (the whole list printed, the officer's ticks marked)."""
    f = set(factors)
    lines = [
        f"{box('wnl' in ticks)} You have not satisfied me that you would leave Canada at the end of your stay as a",
        "    temporary resident. In reaching this decision, I considered several factors, including:",
    ]
    lines += factor_rows(WNL_EN, f, pairs)
    if permit == "study":
        lines += [
            f"{box('funds' in ticks)} You have not satisfied me that you have sufficient and available financial resources,",
            "    without working in Canada, to pay the tuition fees for the course or program of studies",
            "    and to maintain yourself and any family members who are accompanying you during your studies.",
            f"{box('accept' in ticks)} You have not provided a valid letter of acceptance from a designated learning institution.",
        ]
    else:
        lines += [
            f"{box('funds' in ticks)} You have not satisfied me that you have sufficient and available funds to support yourself",
            "    and any accompanying family members during your stay in Canada.",
        ]
    if permit == "work":
        lines += [
            f"{box('perform' in ticks)} You have not demonstrated that you will be able to adequately perform the work you seek.",
            f"{box('lmia' in ticks)} You do not have a valid positive Labour Market Impact Assessment from Employment and",
            "    Social Development Canada for the employment you intend to take up.",
            f"{box('genuine' in ticks)} I am not satisfied that the offer of employment is genuine.",
        ]
    lines += [
        f"{box('docs' in ticks)} You did not provide the documents and information requested of you to establish that",
        "    you meet the requirements of the Act and Regulations.",
        f"{box('truth' in ticks)} I am not satisfied that you have answered truthfully all questions asked of you.",
        f"{box('medical' in ticks)} You have not passed a medical examination as required under subsection 16(2) of the Act.",
    ]
    if other:
        lines.append(f"[x] Other: {other}")
    else:
        lines.append("[ ] Other: ______________________________________________")
    return "\n".join(lines)


def cic_form_fr(ticks, factors=(), permit="work", other=None, pairs=False):
    f = set(factors)
    lines = [
        f"{box('wnl' in ticks)} Vous ne m'avez pas convaincu que vous quitteriez le Canada à la fin de votre séjour à titre",
        "    de résident temporaire. Pour prendre cette décision, j'ai tenu compte de plusieurs facteurs, notamment :",
    ]
    lines += factor_rows(WNL_FR, f, pairs)
    if permit == "study":
        lines += [
            f"{box('funds' in ticks)} Vous ne m'avez pas convaincu que vous disposez de ressources financières suffisantes,",
            "    sans travailler au Canada, pour acquitter les frais de scolarité et subvenir à vos besoins",
            "    pendant vos études.",
        ]
    else:
        lines += [
            f"{box('funds' in ticks)} Vous ne m'avez pas convaincu que vous disposez de ressources financières suffisantes pour",
            "    subvenir à vos besoins et à ceux des membres de votre famille qui vous accompagnent.",
        ]
    if permit == "work":
        lines += [
            f"{box('perform' in ticks)} Vous n'avez pas démontré que vous seriez en mesure d'exercer adéquatement l'emploi que",
            "    vous cherchez à occuper.",
            f"{box('lmia' in ticks)} Vous n'avez pas d'étude d'impact sur le marché du travail (EIMT) favorable et valide.",
        ]
    lines += [
        f"{box('docs' in ticks)} Vous n'avez pas fourni les documents et les renseignements demandés pour établir que",
        "    vous satisfaites aux exigences de la Loi et du Règlement.",
        f"{box('truth' in ticks)} Je ne suis pas convaincu que vous avez répondu véridiquement à toutes les questions qui",
        "    vous ont été posées.",
    ]
    if other:
        lines.append(f"[x] Autre : {other}")
    else:
        lines.append("[ ] Autre : ____________________________________________")
    return "\n".join(lines)


# ---------------------------------------------------------------- letters 001-030
letter("001-beijing-cic-checkbox-wp", f"""
Citizenship and Immigration Canada        Citoyenneté et Immigration Canada

Visa Section, Embassy of Canada, Beijing
19 Dong Zhi Men Wai Street, Chaoyang District, Beijing 100600

April 17, 2012

UCI: 3318-4467
File: W301128845

WANG Lei
Haidian District, Beijing

Dear WANG Lei:

I have completed the assessment of your application for a work permit. I am not satisfied that you
meet the requirements of the Immigration and Refugee Protection Act and Regulations, and I am therefore
refusing your application. This decision is based on the following:

{cic_form_en({'wnl'}, ['travel-history', 'employment-prospects', 'family-ties'])}

You are welcome to reapply if you feel you can respond to these concerns and demonstrate that
you meet the requirements.

Yours truly,

Officer 08812
Visa Section
""", date="2012-04-17", app="W301128845", uci="33184467", who="WANG Lei",
       office="Visa Section, Embassy of Canada, Beijing", permit="work-permit", loc="outside-canada", fmt="checkbox",
       grounds={"will-not-leave": ["travel-history", "employment-prospects", "family-ties"]})

letter("002-ocr-chandigarh-cic-checkbox-trv", f"""
Citizenship and Immigration Canada
High Commission of Canada - Visa Office, Chandigarh
SCO 54-56, Sector 17-A, Chandigarh

Date: 2015-08-03
Client ID: 1109-2276-34
Application: V302244187

Mr. Harpreet Singh SANDHU
Village Dhudike, Moga, Punjab

Dear Applicant,

Thank you for your application for a temporary resident visa. I regret to inform you that your
application has been refused. I am not satisfied that you meet the requirements of the Act and the
Regulations for the following reason(s), marked below:

{cic_form_en({'wnl', 'funds'}, ['purpose-of-visit', 'family-ties', 'assets-finances'], permit='visitor')}

If you choose to reapply, you should include any new information that addresses these concerns.

Sincerely,

Visa Officer
High Commission of Canada
""", date="2015-08-03", app="V302244187", uci="1109227634", who="Harpreet Singh SANDHU",
       office="High Commission of Canada - Visa Office, Chandigarh", permit="visitor-visa", loc="outside-canada",
       fmt="checkbox", grounds={"will-not-leave": ["purpose-of-visit", "family-ties", "assets-finances"], "insufficient-funds": []},
       ocr=True)

letter("003-lagos-sentences-sp", """
Immigration, Refugees and Citizenship Canada
Visa Section
High Commission of Canada, Lagos (Accra processing)

Date: 14 June 2019
Application No.: S304413290
UCI: 11-2290-4417

Adaeze Chiamaka OKONKWO
Lekki Phase 1, Lagos

Dear Adaeze Chiamaka OKONKWO,

Thank you for your interest in studying in Canada. After a careful review of your study permit
application and supporting documentation, I have determined that your application does not meet the
requirements of the Immigration and Refugee Protection Act and Regulations. I am refusing your application.

I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph
216(1)(b) of the IRPR, based on your family ties in Canada and in your country of residence.

I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph
216(1)(b) of the IRPR, based on the purpose of your visit.

I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph
216(1)(b) of the IRPR, based on your personal assets and financial status.

You are welcome to reapply if you feel that you can respond to these concerns and demonstrate that
you meet the requirements. Please ensure that you include any new information that was not included
with your original application.

Officer: BX4
""", date="2019-06-14", app="S304413290", uci="1122904417", who="Adaeze Chiamaka OKONKWO",
       office="High Commission of Canada, Lagos", permit="study-permit", loc="outside-canada", fmt="sentences",
       grounds={"will-not-leave": ["family-ties", "purpose-of-visit", "assets-finances"]})

letter("004-ocr-nairobi-nested-wp", """
Immigration, Refugees and Citizenship Canada
High Commission of Canada in Kenya, Nairobi

2022-11-09

Application number: W309871120
UCI: 1120-5566-01

Dear Brian Otieno MWANGI,

Thank you for your interest in working in Canada. After a careful review of your application and
supporting documentation, I have determined that your application does not meet the requirements of the
Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection Regulations (IRPR).

I am refusing your application for the following reasons:

  - I am not satisfied that you will leave Canada at the end of your stay as required by paragraph
    200(1)(b) of IRPR:
      - Your current employment situation does not show that you are financially established in your
        country of residence.
      - You do not have significant family ties outside Canada.
  - You were not able to demonstrate that you will be able to adequately perform the work you seek.
    Your English test results are below the level stated in the job offer.

You are welcome to reapply if you feel that you can respond to these concerns.

Officer
Visa Section
""", date="2022-11-09", app="W309871120", uci="1120556601", who="Brian Otieno MWANGI",
       office="High Commission of Canada in Kenya, Nairobi", permit="work-permit", loc="outside-canada", fmt="nested",
       grounds={"will-not-leave": ["current-employment", "family-ties"], "ability-to-perform-work": []}, ocr=True)

letter("005-fr-rabat-checkbox-sp", f"""
Citoyenneté et Immigration Canada
Section des visas, Ambassade du Canada, Rabat

Rabat, le 22 juillet 2014

Numéro de demande : S301877620
IUC : 5512-8890

Mademoiselle Salma EL IDRISSI
Hay Riad, Rabat

Madame,

J'ai examiné votre demande de permis d'études. Je ne suis pas convaincu que vous satisfaites aux
exigences de la Loi sur l'immigration et la protection des réfugiés (LIPR) et du Règlement (RIPR).
Votre demande est donc refusée pour les motifs cochés ci-dessous :

{cic_form_fr({'wnl', 'funds'}, ['assets-finances', 'employment-prospects'], permit='study')}

Vous pouvez présenter une nouvelle demande si vous êtes en mesure de répondre à ces préoccupations.

Veuillez agréer, Madame, mes salutations distinguées.

Agent des visas
Section des visas
""", lang="fr", date="2014-07-22", app="S301877620", uci="55128890", who="Salma EL IDRISSI",
       office="Section des visas, Ambassade du Canada, Rabat", permit="study-permit", loc="outside-canada", fmt="checkbox",
       grounds={"will-not-leave": ["assets-finances", "employment-prospects"], "insufficient-funds": []})

letter("006-ocr-fr-tunis-sentences-trv", """
Immigration, Réfugiés et Citoyenneté Canada
Ambassade du Canada à Tunis - Section de l'immigration

Le 5 mars 2019

Numéro de demande : V305512098
IUC : 00-1123-8876

Monsieur Mohamed Amine TRABELSI
La Marsa, Tunis

Monsieur,

Je vous remercie de l'intérêt que vous portez à une visite au Canada. Après avoir examiné
attentivement votre demande de visa de résident temporaire et les documents à l'appui, j'ai conclu
que votre demande ne satisfait pas aux exigences de la Loi et du Règlement. Je refuse votre demande.

Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige
l'alinéa 179b) du RIPR, compte tenu de vos antécédents de voyage.

Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige
l'alinéa 179b) du RIPR, compte tenu de votre situation d'emploi actuelle.

Vous pouvez présenter une nouvelle demande si vous estimez pouvoir répondre à ces préoccupations.

Agent
Section des visas
""", lang="fr", date="2019-03-05", app="V305512098", uci="0011238876", who="Mohamed Amine TRABELSI",
       office="Ambassade du Canada à Tunis", permit="visitor-visa", loc="outside-canada", fmt="sentences",
       grounds={"will-not-leave": ["travel-history", "current-employment"]}, ocr=True)

letter("007-vegreville-incanada-docs", """
Citizenship and Immigration Canada
Case Processing Centre Vegreville
6212 - 55th Avenue, Vegreville AB  T9C 1X5

September 2, 2014

UCI: 7789-0012
Application: W201556730

Olena KOVALENKO
1404 - 10 Bellair St, Toronto ON

Dear Olena KOVALENKO:

This letter refers to your application for a work permit. Your application as requested is refused.

Section 16(1) of the Immigration and Refugee Protection Act requires that a person who makes an
application must answer truthfully all questions put to them for the purpose of the examination and
must produce all relevant evidence and documents that the officer reasonably requires. On May 12,
2014 you were asked to submit a copy of your valid passport and proof of your current status in
Canada. To date, we have not received the requested documents.

Your temporary resident status in Canada has expired. You must leave Canada immediately. If you
wish to restore your status, you may apply within 90 days of losing it.

CPC Vegreville
""", date="2014-09-02", app="W201556730", uci="77890012", who="Olena KOVALENKO",
       office="Case Processing Centre Vegreville", permit="work-permit", loc="inside-canada", fmt="in-canada",
       grounds={"documents.not-provided": []})

letter("008-ocr-mississauga-pgwp-ineligible", """
Immigration, Refugees and Citizenship Canada
Case Processing Centre Mississauga
2 Robert Speck Parkway, Suite 400, Mississauga ON

2018-10-30

Application No.: W305530012
Client ID: 1102-9934-87

Karan MEHTA
55 Elm Drive West, Mississauga ON

Dear Karan MEHTA,

This refers to your application for a post-graduation work permit received on July 4, 2018.

I have reviewed your application and determined that you do not meet the eligibility requirements
for a post-graduation work permit. You have not established that you completed a program of study
of at least eight months at an eligible designated learning institution, as the program you
completed was delivered by a private career college that is not eligible for the Post-Graduation
Work Permit Program.

Your application is therefore refused.

Your temporary resident status has expired. You are required to leave Canada. You may apply to
restore your status within 90 days.

Officer 40611
""", date="2018-10-30", app="W305530012", uci="1102993487", who="Karan MEHTA",
       office="Case Processing Centre Mississauga", permit="work-permit", loc="inside-canada", fmt="in-canada",
       grounds={"category-eligibility": []}, ocr=True)

letter("009-fr-ottawa-incanada-owp-spousal", """
Immigration, Réfugiés et Citoyenneté Canada
IRCC - Bureau d'Ottawa
Ottawa (Ontario)  K1A 1L1

Le 11 février 2021

IUC : 11-0456-7712
Numéro de demande : W307744510

Madame Camille ROUSSEAU
218, rue Saint-Patrick, Ottawa (Ontario)

Madame,

La présente fait suite à votre demande de permis de travail ouvert à titre d'époux ou de conjoint
de fait d'un travailleur qualifié. Après examen, votre demande est refusée.

Vous n'avez pas démontré que vous satisfaites aux exigences d'admissibilité de la catégorie C41 au
titre de l'alinéa 205c)(ii) du RIPR : votre époux ne détient pas de permis de travail valide pour un
emploi de niveau de compétence 0, A ou B.

Votre statut de résident temporaire au Canada a expiré. Vous devez quitter le Canada. Vous pouvez
demander le rétablissement de votre statut dans les 90 jours suivant sa perte.

Agent d'immigration
""", lang="fr", date="2021-02-11", app="W307744510", uci="1104567712", who="Camille ROUSSEAU",
       office="IRCC - Bureau d'Ottawa", permit="work-permit", loc="inside-canada", fmt="in-canada",
       grounds={"category-eligibility": []})

letter("010-ocr-mexico-checkbox-wp-other", f"""
Citizenship and Immigration Canada
Embassy of Canada - Immigration Section, Mexico City
Calle Schiller No. 529, Col. Polanco, Mexico, D.F.

March 9, 2016

UCI: 2290-7713-56
Application: W303310877

Luis Alberto HERNANDEZ GARCIA
Guadalajara, Jalisco

Dear Luis Alberto HERNANDEZ GARCIA,

I have reviewed your application for a work permit. I am not satisfied that you meet the
requirements of the Act and the Regulations and I am therefore refusing your application. The boxes
ticked below apply to your application.

{cic_form_en({'lmia', 'perform'}, other='Your passport expires before the end of the employment period you requested.')}

Officer NQ7
Immigration Section
""", date="2016-03-09", app="W303310877", uci="2290771356", who="Luis Alberto HERNANDEZ GARCIA",
       office="Embassy of Canada - Immigration Section, Mexico City", permit="work-permit", loc="outside-canada",
       fmt="checkbox", grounds={"job-offer.lmia": [], "ability-to-perform-work": [], "other": []},
       unrec=["Your passport expires before the end of the employment period you requested."], ocr=True)

letter("011-bogota-nested-sp-2023", """
Immigration, Refugees and Citizenship Canada
Embassy of Canada to Colombia - Visa Section, Bogotá

Date: 2023-05-26
Application number: S310045672
UCI: 1130-4521-98

Valentina RESTREPO OSPINA

Dear Valentina RESTREPO OSPINA,

Thank you for your interest in studying in Canada. After a careful review of your application and
supporting documentation, I have determined that your application does not meet the requirements of
the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection
Regulations (IRPR). I am refusing your application for the following reasons:

1. I am not satisfied that you will leave Canada at the end of your stay as required by paragraph
   216(1)(b) of the IRPR.
   a. The purpose of your visit to Canada is not consistent with a temporary stay given the details
      you have provided in your application.
   b. Your assets and financial situation are insufficient to support the stated purpose of travel
      for yourself (and any accompanying family member(s), if applicable).
2. I am not satisfied that you have sufficient funds to pay the tuition fees and to maintain yourself
   during your studies, as required by section 220 of the IRPR.

You are welcome to reapply if you feel that you can respond to these concerns.
""", date="2023-05-26", app="S310045672", uci="1130452198", who="Valentina RESTREPO OSPINA",
       office="Embassy of Canada to Colombia - Visa Section", permit="study-permit", loc="outside-canada", fmt="nested",
       grounds={"will-not-leave": ["purpose-of-visit"], "insufficient-funds": []})

letter("012-ocr-portauprince-fr-checkbox-trv", f"""
Citoyenneté et Immigration Canada
Ambassade du Canada en Haïti - Section des visas, Port-au-Prince

Le 8 octobre 2013

IUC : 4471-2096
Numéro de demande : V300988145

Monsieur Jean-Robert PIERRE-LOUIS
Pétion-Ville, Haïti

Monsieur,

J'ai étudié votre demande de visa de résident temporaire. Je ne suis pas convaincu que vous
satisfaites aux exigences de la Loi et du Règlement et, par conséquent, je refuse votre demande pour
les motifs cochés ci-dessous.

{cic_form_fr({'wnl'}, ['travel-history', 'family-ties', 'current-employment', 'immigration-status'], permit='visitor')}

Agent des visas
""", lang="fr", date="2013-10-08", app="V300988145", uci="44712096", who="Jean-Robert PIERRE-LOUIS",
       office="Ambassade du Canada en Haïti - Section des visas", permit="visitor-visa", loc="outside-canada",
       fmt="checkbox", grounds={"will-not-leave": ["travel-history", "family-ties", "current-employment", "immigration-status"]},
       ocr=True)

letter("013-warsaw-iec-refusal", """
Immigration, Refugees and Citizenship Canada
Embassy of Canada, Warsaw - Visa Section
ul. Jana Matejki 1/5, 00-481 Warszawa

27 January 2017

Application number: W304456128
UCI: 1116-8823-40

Dear Michał NOWAK,

Thank you for your application for a work permit under the International Experience Canada (IEC)
program, Working Holiday category.

I have reviewed your application and I am not satisfied that you meet the requirements. You have not
established that you meet the eligibility requirements of the International Experience Canada
Working Holiday category under paragraph 205(b) of the Regulations, as you were 36 years of age on
the date your application was received.

In addition, you were asked on December 3, 2016 to provide a police certificate from Germany, where
you lived for more than six months. This document has not been received.

Your application is refused.

Visa Section
""", date="2017-01-27", app="W304456128", uci="1116882340", who="Michał NOWAK",
       office="Embassy of Canada, Warsaw", permit="work-permit", loc="outside-canada", fmt="sentences",
       grounds={"category-eligibility": [], "documents.not-provided": []})

letter("014-ocr-vienna-ict-c12", """
Immigration, Refugees and Citizenship Canada
Embassy of Canada to Austria - Visa Section, Vienna

2020-02-18

Application number: W306678234
UCI: 1121-7745-09

Stefan HUBER
Landstraßer Hauptstraße 12, Wien

Dear Stefan HUBER,

I have completed my review of your application for a work permit as an intra-company transferee.

You have not established that you meet the eligibility requirements as an intra-company transferee in
the C12 Specialized Knowledge category under R205(a). The position description does not show
advanced proprietary knowledge of the company's products, and your salary does not meet the
prevailing wage for the occupation.

I am also not satisfied that the offer of employment is genuine: the Canadian entity has no physical
premises and no employees other than its director.

For these reasons your application is refused.

Officer AV2
""", date="2020-02-18", app="W306678234", uci="1121774509", who="Stefan HUBER",
       office="Embassy of Canada to Austria - Visa Section", permit="work-permit", loc="outside-canada", fmt="sentences",
       grounds={"category-eligibility": [], "job-offer.genuineness": []}, ocr=True)

letter("015-rome-cusma-refusal", """
Immigration, Refugees and Citizenship Canada
Embassy of Canada to Italy, Rome - Immigration Section

Date: July 6, 2021
Application No.: W308001947
UCI: 1124-3390-66

Dear Marco BIANCHI,

Your application for a work permit under the Canada-United States-Mexico Agreement (CUSMA)
Professionals category has been refused.

You have not demonstrated that you meet the eligibility requirements for the CUSMA Professional
category (exemption code T36) under paragraph 204(a) of the Regulations, because you are a citizen
of Italy and not of the United States or Mexico.

You have not demonstrated that you will be able to adequately perform the work you seek, as the
position of Management Consultant requires a baccalaureate degree or equivalent professional
experience, and none was submitted.

Immigration Section
Embassy of Canada to Italy
""", date="2021-07-06", app="W308001947", uci="1124339066", who="Marco BIANCHI",
       office="Embassy of Canada to Italy, Rome", permit="work-permit", loc="outside-canada", fmt="sentences",
       grounds={"category-eligibility": [], "ability-to-perform-work": []})

letter("016-ocr-london-checkbox-trv", f"""
Citizenship and Immigration Canada
Visa Section, High Commission of Canada, London
Macdonald House, 38 Grosvenor Street, London W1K 4AA

October 21, 2011

Client ID: 6620-1187
Application: V299410236

Mr Tariq Mahmood CHAUDHRY
Bradford, West Yorkshire

Dear Sir,

Thank you for your application for a temporary resident visa to visit Canada. I have reviewed it
carefully and I regret to inform you that it does not meet the requirements of the Act and
Regulations. Your application is refused. I have ticked the reasons that apply below.

{cic_form_en({'wnl', 'truth'}, ['immigration-status', 'previous-contravention'], permit='visitor', pairs=False)}

Yours sincerely,

Immigration Program Manager
Visa Section
""", date="2011-10-21", app="V299410236", uci="66201187", who="Tariq Mahmood CHAUDHRY",
       office="Visa Section, High Commission of Canada, London", permit="visitor-visa", loc="outside-canada",
       fmt="checkbox", grounds={"will-not-leave": ["immigration-status", "previous-contravention"], "documents.truthfulness": []},
       ocr=True)

letter("017-sydney-incanada-sp-extension", """
Immigration, Refugees and Citizenship Canada
Case Processing Centre Sydney
49 Dorchester Street, Sydney NS  B1P 5Z2

2016-04-13

UCI: 1106-2218-75
Application: S303119867

Nguyen Thi HOA
Halifax NS

Dear Nguyen Thi HOA:

This letter refers to your application to extend your study permit. Your application as requested is
refused.

I am not satisfied that you have sufficient and available financial resources, without working in
Canada, to pay the tuition fees for the program and to maintain yourself during your studies. The bank
statements you submitted show a balance of less than the amount required for one year of study.

Your temporary resident status in Canada has expired. You must leave Canada immediately. You may
apply for restoration of your status within 90 days.

Officer 12097
CPC Sydney
""", date="2016-04-13", app="S303119867", uci="1106221875", who="Nguyen Thi HOA",
       office="Case Processing Centre Sydney", permit="study-permit", loc="inside-canada", fmt="in-canada",
       grounds={"insufficient-funds": []})

letter("018-ocr-fr-vegreville-checkbox", """
Citoyenneté et Immigration Canada
Centre de traitement des demandes de Vegreville

Le 3 décembre 2015

IUC : 8834-2201
Numéro de demande : W302674419

Monsieur Diego FERNANDEZ
Edmonton (Alberta)

Monsieur,

La présente concerne votre demande de prolongation de permis de travail. Votre demande est refusée
pour le ou les motifs cochés ci-dessous :

[ ] Vous ne satisfaites pas aux exigences de l'article 200 du Règlement.
[x] Vous n'avez pas fourni les documents demandés dans notre lettre du 14 septembre 2015.
[ ] Vous n'avez pas démontré que vous seriez en mesure d'exercer adéquatement l'emploi que vous cherchez à occuper.
[x] Vous n'avez pas d'étude d'impact sur le marché du travail (EIMT) favorable pour l'emploi offert.
[ ] Autre : ____________________________________________

Votre statut de résident temporaire est expiré. Vous devez quitter le Canada. Vous pouvez demander
le rétablissement de votre statut dans les 90 jours.

CTD Vegreville
""", lang="fr", date="2015-12-03", app="W302674419", uci="88342201", who="Diego FERNANDEZ",
       office="Centre de traitement des demandes de Vegreville", permit="work-permit", loc="inside-canada",
       fmt="checkbox", grounds={"documents.not-provided": [], "job-offer.lmia": []}, ocr=True)

letter("019-ankara-misrep", """
Immigration, Refugees and Citizenship Canada
Visa Section, Embassy of Canada, Ankara

January 14, 2020

Application: W305998213
UCI: 1118-4402-17

Dear Emre YILMAZ:

I have completed the review of your application for a work permit.

Following my review, I have determined that you are inadmissible to Canada under paragraph 40(1)(a)
of the Immigration and Refugee Protection Act for directly or indirectly misrepresenting or
withholding material facts relating to a relevant matter that induces or could induce an error in the
administration of the Act. You submitted an employment reference letter from Ege Tekstil A.S. that
the company confirmed it did not issue.

In accordance with paragraph 40(2)(a), you will remain inadmissible to Canada for a period of five
years from the date of this letter.

Your application is refused.

Officer TK9
""", date="2020-01-14", app="W305998213", uci="1118440217", who="Emre YILMAZ",
       office="Visa Section, Embassy of Canada, Ankara", permit="work-permit", loc="outside-canada", fmt="sentences",
       grounds={"misrepresentation": []})

letter("020-ocr-newdelhi-nested-with-gcms-notes", """
Immigration, Refugees and Citizenship Canada
High Commission of Canada, New Delhi - Visa Section

2025-09-15

Application number: W312200458
UCI: 1135-7702-44

Dear Priya RAMASWAMY,

Thank you for your interest in working in Canada. After a careful review of your application and
supporting documentation, I have determined that your application does not meet the requirements of
the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection
Regulations (IRPR). I am refusing your application for the following reasons:

 - You have not satisfied me that you will leave Canada at the end of your stay as a temporary
   resident, as required by paragraph 200(1)(b) of the IRPR.
 - The limited employment prospects in your country of residence do not support a temporary stay.

Officer
Visa Section

---page---
Officer's decision notes

Applicant is a 29 yo software tester seeking LMIA-based WP as QA analyst in Brampton. PA's
current employment pays little and PA has been unemployed for 8 of the last 24 months. Travel
history limited to UAE. Weighing the factors in this application, I am not satisfied that the
applicant will depart Canada at the end of the period authorized for their stay. For the reasons
above, I have refused this application.
""", date="2025-09-15", app="W312200458", uci="1135770244", who="Priya RAMASWAMY",
       office="High Commission of Canada, New Delhi", permit="work-permit", loc="outside-canada", fmt="nested",
       grounds={"will-not-leave": ["employment-prospects"]}, notes=True, ocr=True)

#@@LETTERS_END@@


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith((".txt", ".json")):
            os.remove(os.path.join(OUT, old))
    names = set()
    for n, item in enumerate(LETTERS):
        name = item["name"]
        assert name not in names and ("-ocr-" in name) == item["ocr"], name
        names.add(name)
        text = item["text"]
        if item["ocr"]:
            who = item["exp"]["letter"]["applicantName"]
            text = noisy(text, seed=1000 + n, protect=item["unrec"], gentle=[who] if who else [])
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(item["exp"], f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(LETTERS), "letters,", sum(i["ocr"] for i in LETTERS), "OCR,",
          sum(i["exp"]["language"] == "fr" for i in LETTERS), "French,",
          sum(i["exp"]["letter"]["format"] == "checkbox" for i in LETTERS), "checkbox,",
          sum(not i["exp"]["isRefusalLetter"] for i in LETTERS), "non-refusals")


main()
