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


letter("021-ocr-fr-dakar-nested-sp", """
Immigration, Réfugiés et Citoyenneté Canada
Ambassade du Canada au Sénégal - Section de l'immigration, Dakar

Dakar, le 19 août 2022

Numéro de demande : S309912457
IUC : 11-3302-5561

Madame Aminata DIOP
Sacré-Cœur 3, Dakar

Madame,

Je vous remercie de l'intérêt que vous portez aux études au Canada. Après un examen attentif de votre
demande et des documents à l'appui, j'ai déterminé que votre demande ne satisfait pas aux exigences de
la Loi sur l'immigration et la protection des réfugiés (LIPR) et du Règlement sur l'immigration et la
protection des réfugiés (RIPR). Je refuse votre demande pour les motifs suivants :

  - Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige
    l'alinéa 216(1)b) du RIPR.
      - L'objet de votre visite au Canada n'est pas compatible avec un séjour temporaire, compte tenu
        des renseignements fournis dans votre demande.
      - Vous n'avez pas de liens familiaux importants à l'extérieur du Canada.
  - Je ne suis pas convaincu que vous disposez de ressources financières suffisantes pour payer vos
    frais de scolarité et subvenir à vos besoins pendant vos études.

Vous pouvez présenter une nouvelle demande si vous estimez pouvoir répondre à ces préoccupations.
""", lang="fr", date="2022-08-19", app="S309912457", uci="1133025561", who="Aminata DIOP",
       office="Ambassade du Canada au Sénégal", permit="study-permit", loc="outside-canada", fmt="nested",
       grounds={"will-not-leave": ["purpose-of-visit", "family-ties"], "insufficient-funds": []}, ocr=True)

letter("022-fr-paris-cic-checkbox-wp-autre", f"""
Citoyenneté et Immigration Canada
Section de l'immigration, Ambassade du Canada, Paris
130, rue du Faubourg Saint-Honoré, 75008 Paris

Paris, le 30 mai 2012

IUC : 2215-7784
Numéro de demande : W300455126

Monsieur Karim BENALI
Boulogne-Billancourt

Monsieur,

Après examen de votre demande de permis de travail, je ne suis pas convaincu que vous satisfaites aux
exigences de la Loi et du Règlement. Votre demande est refusée pour les motifs cochés ci-dessous.

{cic_form_fr({'docs'}, other="Le contrat de travail présenté n'est pas signé par l'employeur canadien.")}

Agent des visas
""", lang="fr", date="2012-05-30", app="W300455126", uci="22157784", who="Karim BENALI",
       office="Section de l'immigration, Ambassade du Canada, Paris", permit="work-permit", loc="outside-canada",
       fmt="checkbox", grounds={"documents.not-provided": [], "other": []},
       unrec=["Le contrat de travail présenté n'est pas signé par l'employeur canadien."])

letter("023-ocr-fr-montreal-incanada-pgwp", """
Immigration, Réfugiés et Citoyenneté Canada
Bureau d'IRCC de Montréal
1010, rue Saint-Antoine Ouest, Montréal (Québec)

Le 7 septembre 2020

IUC : 11-2764-0093
Numéro de demande : W306120874

Monsieur Thanh Nam TRAN
Montréal (Québec)

Monsieur,

La présente fait suite à votre demande de permis de travail postdiplôme. Votre demande, telle que
présentée, est refusée.

Vous n'avez pas démontré que vous satisfaites aux exigences d'admissibilité du Programme de permis de
travail postdiplôme, car votre demande a été reçue plus de 180 jours après la date à laquelle vous avez
obtenu la confirmation écrite de la réussite de votre programme d'études.

Votre statut de résident temporaire au Canada a pris fin. Vous devez quitter le Canada. Vous pouvez
présenter une demande de rétablissement de statut dans les 90 jours suivant la perte de votre statut.
""", lang="fr", date="2020-09-07", app="W306120874", uci="1127640093", who="Thanh Nam TRAN",
       office="Bureau d'IRCC de Montréal", permit="work-permit", loc="inside-canada", fmt="in-canada",
       grounds={"category-eligibility": []}, ocr=True)

letter("024-fr-vegreville-incanada-sp-fonds", """
Citoyenneté et Immigration Canada
Centre de traitement des demandes de Vegreville
6212, 55e Avenue, Vegreville (Alberta)  T9C 1X5

Le 16 janvier 2014

IUC : 6650-3318
Numéro de demande : S300774512

Madame Ana Paula SOUZA
Québec (Québec)

Madame,

La présente concerne votre demande de prolongation de votre permis d'études. Votre demande est refusée.

Je ne suis pas convaincu que vous disposez, sans qu'il vous soit nécessaire d'exercer un emploi au
Canada, de ressources financières suffisantes pour acquitter les frais de scolarité et subvenir à vos
propres besoins durant votre programme d'études, comme l'exige l'article 220 du RIPR.

Vous devez quitter le Canada à la date d'expiration de votre statut.

CTD Vegreville
""", lang="fr", date="2014-01-16", app="S300774512", uci="66503318", who="Ana Paula SOUZA",
       office="Centre de traitement des demandes de Vegreville", permit="study-permit", loc="inside-canada",
       fmt="in-canada", grounds={"insufficient-funds": []})

letter("025-ocr-fr-rabat-fausses-declarations", """
Immigration, Réfugiés et Citoyenneté Canada
Section des visas, Ambassade du Canada, Rabat

Le 12 avril 2018

Numéro de demande : W305002319
IUC : 11-1908-7735

Monsieur Youssef AMRANI

Monsieur,

J'ai terminé l'examen de votre demande de permis de travail.

J'ai conclu que vous êtes interdit de territoire au Canada aux termes de l'alinéa 40(1)a) de la Loi sur
l'immigration et la protection des réfugiés pour fausses déclarations. Vous avez présenté une attestation
d'emploi que l'employeur a déclaré ne jamais avoir délivrée.

Conformément à l'alinéa 40(2)a) de la LIPR, vous demeurez interdit de territoire pour une période de
cinq ans suivant la date de la présente lettre.

Votre demande est refusée.

Agent des visas
""", lang="fr", date="2018-04-12", app="W305002319", uci="1119087735", who="Youssef AMRANI",
       office="Section des visas, Ambassade du Canada, Rabat", permit="work-permit", loc="outside-canada",
       fmt="sentences", grounds={"misrepresentation": []}, ocr=True)

letter("026-fr-tunis-veracite", """
Immigration, Réfugiés et Citoyenneté Canada
Ambassade du Canada à Tunis - Section de l'immigration

Le 28 novembre 2017

Numéro de demande : V304887120
IUC : 11-1745-2290

Madame Nour BEN SALAH

Madame,

Après avoir examiné votre demande de visa de résident temporaire, je la refuse pour les motifs suivants.

Je ne suis pas convaincu que vous avez répondu véridiquement à toutes les questions qui vous ont été
posées, comme l'exige le paragraphe 16(1) de la Loi sur l'immigration et la protection des réfugiés.
Plus précisément, je ne suis pas convaincu que les renseignements suivants sont vrais : l'emploi que
vous déclarez occuper auprès de la société Carthage Import SARL.

Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa
179b) du RIPR, compte tenu de l'objet de votre visite et de la durée du séjour proposé.

Agent
""", lang="fr", date="2017-11-28", app="V304887120", uci="1117452290", who="Nour BEN SALAH",
       office="Ambassade du Canada à Tunis", permit="visitor-visa", loc="outside-canada", fmt="sentences",
       grounds={"documents.truthfulness": [], "will-not-leave": ["purpose-of-visit", "length-of-stay"]})

letter("027-ocr-fr-abidjan-checkbox-trv", f"""
Citoyenneté et Immigration Canada
Ambassade du Canada en Côte d'Ivoire - Section des visas, Abidjan

Abidjan, le 2 juin 2016

IUC : 3309-1174
Numéro de demande : V303665910

Monsieur Koffi Serge KOUASSI
Cocody, Abidjan

Monsieur,

J'ai étudié votre demande de visa de résident temporaire. Je ne suis pas convaincu que vous satisfaites
aux exigences de la Loi et du Règlement. Votre demande est refusée pour les motifs cochés ci-dessous.

{cic_form_fr({'wnl', 'funds'}, ['travel-history', 'assets-finances', 'length-of-stay'], permit='visitor', pairs=True)}

Agent des visas
""", lang="fr", date="2016-06-02", app="V303665910", uci="33091174", who="Koffi Serge KOUASSI",
       office="Ambassade du Canada en Côte d'Ivoire", permit="visitor-visa", loc="outside-canada", fmt="checkbox",
       grounds={"will-not-leave": ["travel-history", "assets-finances", "length-of-stay"], "insufficient-funds": []},
       ocr=True)

letter("028-fr-portauprince-sentences-sp", """
Immigration, Réfugiés et Citoyenneté Canada
Ambassade du Canada en Haïti - Section de l'immigration, Port-au-Prince

Le 4 octobre 2019

Numéro de demande : S306671234
IUC : 11-2511-8806

Mademoiselle Roseline JOSEPH

Madame,

Après un examen attentif de votre demande de permis d'études, je conclus qu'elle ne satisfait pas aux
exigences de la LIPR et du RIPR.

Vous ne m'avez pas convaincu que vous quitterez le Canada au terme de votre séjour, comme l'exige le
paragraphe 216(1) du RIPR, compte tenu de vos perspectives d'emploi dans votre pays de résidence et de
votre statut d'immigrant dans votre pays de résidence.

Votre demande est refusée. Vous pouvez présenter une nouvelle demande accompagnée de tout nouveau
renseignement.
""", lang="fr", date="2019-10-04", app="S306671234", uci="1125118806", who="Roseline JOSEPH",
       office="Ambassade du Canada en Haïti", permit="study-permit", loc="outside-canada", fmt="sentences",
       grounds={"will-not-leave": ["employment-prospects", "immigration-status"]})

letter("029-ocr-fr-ottawa-ptpo-transitoire", """
Immigration, Réfugiés et Citoyenneté Canada
IRCC - Réseau national, Ottawa (Ontario)

Le 22 mars 2023

IUC : 11-3078-4415
Numéro de demande : W310556721

Monsieur Rahul VERMA
Gatineau (Québec)

Monsieur,

La présente concerne votre demande de permis de travail ouvert transitoire. Après examen, votre demande
est refusée.

Vous n'avez pas démontré que vous satisfaites aux exigences d'admissibilité du permis de travail ouvert
transitoire : à la date de votre demande, vous n'aviez pas présenté de demande de résidence permanente
ayant franchi l'étape de l'examen de la recevabilité.

Vous n'avez pas fourni les documents demandés le 10 janvier 2023, soit une preuve de votre statut
actuel au Canada.

Vous pouvez demander le rétablissement de votre statut dans les 90 jours.
""", lang="fr", date="2023-03-22", app="W310556721", uci="1130784415", who="Rahul VERMA",
       office="IRCC - Réseau national, Ottawa", permit="work-permit", loc="inside-canada", fmt="in-canada",
       grounds={"category-eligibility": [], "documents.not-provided": []}, ocr=True)

letter("030-fr-mexico-eimt-offre", """
Immigration, Réfugiés et Citoyenneté Canada
Ambassade du Canada au Mexique - Section de l'immigration, Mexico

Le 15 février 2024

Numéro de demande : W311203388
IUC : 11-3356-0127

Monsieur José Luis RAMÍREZ TORRES

Monsieur,

Je vous remercie de l'intérêt que vous portez au travail au Canada. Après un examen attentif de votre
demande, je refuse votre demande pour les motifs suivants :

1. L'emploi décrit dans votre offre ne correspond pas à celui visé par l'étude d'impact sur le marché du
   travail (EIMT) présentée : l'EIMT vise un poste de soudeur, alors que l'offre porte sur un poste de
   manœuvre agricole.
2. Je ne suis pas convaincu que l'offre d'emploi est authentique, au sens de l'article 200(5) du RIPR.

Vous pouvez présenter une nouvelle demande si vous êtes en mesure de répondre à ces préoccupations.
""", lang="fr", date="2024-02-15", app="W311203388", uci="1133560127", who="José Luis RAMÍREZ TORRES",
       office="Ambassade du Canada au Mexique", permit="work-permit", loc="outside-canada", fmt="nested",
       grounds={"job-offer.lmia": [], "job-offer.genuineness": []})


letter("031-ocr-beijing-nested-trv-2024", """
Immigration, Refugees and Citizenship Canada
Embassy of Canada in China - Visa Section, Beijing

Date: 2024-04-02
Application number: V331098245
UCI: 1140-2287-63

Dear ZHANG Mingyu,

Thank you for your interest in visiting Canada. After a careful review of your application and
supporting documentation, I have determined that your application does not meet the requirements of
the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection
Regulations (IRPR). I am refusing your application for the following reasons:

I am not satisfied that you will leave Canada at the end of your stay as required by paragraph 179(b)
of the IRPR, based on:
  • The purpose of your visit to Canada is not consistent with a temporary stay given the details you
    have provided in your application.
  • The length of your proposed stay in Canada is not consistent with the stated purpose of your visit.
  • Your previous travel history is insufficient to count as a positive factor in my assessment.

You are welcome to reapply if you feel that you can respond to these concerns.

Officer
""", date="2024-04-02", app="V331098245", uci="1140228763", who="ZHANG Mingyu",
       office="Embassy of Canada in China - Visa Section", permit="visitor-visa", loc="outside-canada", fmt="nested",
       grounds={"will-not-leave": ["purpose-of-visit", "length-of-stay", "travel-history"]}, ocr=True)

letter("032-chandigarh-sentences-sp-combined", """
Immigration, Refugees and Citizenship Canada
High Commission of Canada, Chandigarh
Visa Office

July 30, 2018

Application number: S305443920
UCI: 1119-3320-14

Gurpreet KAUR
Ludhiana, Punjab

Dear Gurpreet KAUR,

I have reviewed your application for a study permit. I have determined that your application does not
meet the requirements of the Immigration and Refugee Protection Act and Regulations. Your application
is refused.

I am not satisfied that you will leave Canada at the end of your stay, as stipulated in subsection
216(1) of the Immigration and Refugee Protection Regulations, based on your travel history and your
immigration status.

I am not satisfied that you will leave Canada at the end of your stay, as stipulated in subsection
216(1) of the Immigration and Refugee Protection Regulations, based on the length of your proposed stay.

Officer 33270
""", date="2018-07-30", app="S305443920", uci="1119332014", who="Gurpreet KAUR",
       office="High Commission of Canada, Chandigarh", permit="study-permit", loc="outside-canada", fmt="sentences",
       grounds={"will-not-leave": ["travel-history", "immigration-status", "length-of-stay"]})

letter("033-ocr-manila-checkbox-wp", f"""
Citizenship and Immigration Canada
Embassy of Canada, Manila - Immigration Section
Levels 6-8 Tower 2, RCBC Plaza, Makati City

June 11, 2013

UCI: 5523-0981
Application: W300712684

Maria Cristina DELA CRUZ
Quezon City

Dear Maria Cristina DELA CRUZ:

I have assessed your application for a work permit and I am not satisfied that you meet the
requirements of the Act and Regulations. Your application is refused for the reason(s) indicated below.

{cic_form_en({'wnl', 'funds', 'docs'}, ['length-of-stay', 'current-employment'])}

Officer
Immigration Section
""", date="2013-06-11", app="W300712684", uci="55230981", who="Maria Cristina DELA CRUZ",
       office="Embassy of Canada, Manila - Immigration Section", permit="work-permit", loc="outside-canada",
       fmt="checkbox", grounds={"will-not-leave": ["length-of-stay", "current-employment"], "insufficient-funds": [],
                                "documents.not-provided": []}, ocr=True)

letter("034-nairobi-medical", """
Immigration, Refugees and Citizenship Canada
High Commission of Canada, Nairobi - Migration Section

17 May 2019

Application: S306001289
UCI: 1123-7781-05

Dear Grace Wanjiru KAMAU,

Your application for a study permit has been refused.

You were asked on January 22, 2019 to undergo an immigration medical examination with a panel
physician. You have not completed the medical examination, and I am therefore unable to determine
whether you are inadmissible on health grounds under section 38 of the Immigration and Refugee
Protection Act.

Migration Section
""", date="2019-05-17", app="S306001289", uci="1123778105", who="Grace Wanjiru KAMAU",
       office="High Commission of Canada, Nairobi", permit="study-permit", loc="outside-canada", fmt="sentences",
       grounds={"inadmissibility.medical": []})

letter("035-ocr-lagos-criminality", """
Immigration, Refugees and Citizenship Canada
Visa Section, High Commission of Canada, Lagos

2021-08-23

Application No.: V307712045
UCI: 1126-0054-38

Dear Chukwuemeka NWOSU:

I have reviewed your application for a temporary resident visa.

Based on the police certificate you provided, you were convicted in 2015 of obtaining property by
false pretences. I have determined that you are inadmissible to Canada on grounds of criminality
under paragraph 36(2)(b) of the Immigration and Refugee Protection Act.

As a result, your application is refused.

Officer LG3
""", date="2021-08-23", app="V307712045", uci="1126005438", who="Chukwuemeka NWOSU",
       office="Visa Section, High Commission of Canada, Lagos", permit="visitor-visa", loc="outside-canada",
       fmt="sentences", grounds={"inadmissibility.criminality": []}, ocr=True)

letter("036-london-security-a34", """
Immigration, Refugees and Citizenship Canada
High Commission of Canada, London - Visa Section

9 December 2019

Application: W306445190
UCI: 1121-0093-57

Dear Applicant,

Your application for a work permit has been refused.

I have determined that you are a person described in paragraph 34(1)(f) of the Immigration and
Refugee Protection Act and that you are therefore inadmissible to Canada on security grounds, having
been a member of an organization for which there are reasonable grounds to believe it engages in
acts of subversion by force of a government.

Visa Section
""", date="2019-12-09", app="W306445190", uci="1121009357", who=None,
       office="High Commission of Canada, London", permit="work-permit", loc="outside-canada", fmt="sentences",
       grounds={"inadmissibility.security": []})

letter("037-ocr-ottawa-incanada-employer-portal", """
Immigration, Refugees and Citizenship Canada
IRCC Ottawa Domestic Processing Office
Ottawa ON  K1A 1L1

2022-06-14

UCI: 1128-4420-91
Application: W308876501

Sofia ROSSI
Kanata ON

Dear Sofia ROSSI,

This letter refers to your application for an employer-specific work permit. Your application as
requested is refused.

An LMIA-exempt offer of employment was not submitted by your employer through the IRCC Employer Portal,
and the employer compliance fee was not paid, as required under subparagraph 200(1)(c)(ii.1) of the
Regulations. The offer of employment number quoted on your application (A1234567) could not be found.

You may apply to restore your status within 90 days of losing it. Otherwise, you must leave Canada.

Officer 55102
""", date="2022-06-14", app="W308876501", uci="1128442091", who="Sofia ROSSI",
       office="IRCC Ottawa Domestic Processing Office", permit="work-permit", loc="inside-canada", fmt="in-canada",
       grounds={"job-offer.offer-of-employment": []}, ocr=True)

letter("038-cpc-edmonton-incanada-checkbox", """
Citizenship and Immigration Canada
Case Processing Centre Edmonton
9700 Jasper Avenue, Suite 55, Edmonton AB

March 4, 2015

Client ID: 4420-6671
Application: W302991043

Kwame ASANTE
Calgary AB

Dear Kwame ASANTE:

This letter concerns your application to change the conditions of your work permit. Your application
has been refused for the reason(s) checked below:

[ ] You do not have a valid positive Labour Market Impact Assessment for the employment you intend to take up.
[x] You did not provide the documents requested in our letter dated December 10, 2014.
[ ] You have not demonstrated that you will be able to adequately perform the work you seek.
[ ] I am not satisfied that you have answered truthfully all questions asked of you.
[x] Other: You continued to work for an employer not named on your work permit after it expired.

You must leave Canada by the date your temporary resident status expires.

CPC Edmonton
""", date="2015-03-04", app="W302991043", uci="44206671", who="Kwame ASANTE",
       office="Case Processing Centre Edmonton", permit="work-permit", loc="inside-canada", fmt="checkbox",
       grounds={"documents.not-provided": [], "other": []},
       unrec=["You continued to work for an employer not named on your work permit after it expired."])

letter("039-ocr-warsaw-checkbox-trv-2012", f"""
Citizenship and Immigration Canada
Embassy of Canada, Warsaw - Visa Section
ul. Jana Matejki 1/5, 00-481 Warszawa

November 5, 2012

UCI: 7731-0426
Application: V299887301

Oleksandr PETRENKO
Lviv, Ukraine

Dear Oleksandr PETRENKO:

Thank you for your application for a temporary resident visa. I have reviewed it and I am not
satisfied that you meet the requirements of the Act and Regulations. The box(es) checked below apply.

{cic_form_en({'wnl'}, ['travel-history', 'purpose-of-visit', 'length-of-stay'], permit='visitor')}

Visa Section
""", date="2012-11-05", app="V299887301", uci="77310426", who="Oleksandr PETRENKO",
       office="Embassy of Canada, Warsaw", permit="visitor-visa", loc="outside-canada", fmt="checkbox",
       grounds={"will-not-leave": ["travel-history", "purpose-of-visit", "length-of-stay"]}, ocr=True)

letter("040-vienna-long-winded-wnl-alone", """
Immigration, Refugees and Citizenship Canada
Embassy of Canada to Austria, Vienna - Visa Section

October 1, 2018

Application number: W305670934
UCI: 1120-0871-46

Dear Dragan JOVANOVIC,

Having carefully considered the information you provided in support of your application for a work
permit, including your employment history in Serbia, the letter from your prospective employer and the
explanations you gave in your reply of September 12, 2018, and having weighed all of these elements
together, I am not satisfied, on a balance of probabilities, that you would depart Canada at the end of
the period authorized for your stay, as required by paragraph 200(1)(b) of the Immigration and Refugee
Protection Regulations.

Your application is therefore refused. Nothing in this decision prevents you from submitting a new
application.

Officer VN5
""", date="2018-10-01", app="W305670934", uci="1120087146", who="Dragan JOVANOVIC",
       office="Embassy of Canada to Austria, Vienna", permit="work-permit", loc="outside-canada", fmt="sentences",
       grounds={"will-not-leave": []})

letter("041-ocr-bogota-sentences-trv-combined", """
Immigration, Refugees and Citizenship Canada
Embassy of Canada - Visa Section, Bogotá
Carrera 7 No. 114-33, Piso 14, Bogotá

2018-02-20

Application: V305224871
UCI: 1118-9902-33

Dear Andrés Felipe GÓMEZ,

I have reviewed your application for a temporary resident visa and determined that it does not meet
the requirements of the Act and Regulations. Your application is refused.

I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph
179(b) of the IRPR, based on your travel history and your family ties in Canada and in your country of
residence.

I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph
179(b) of the IRPR, based on your personal assets and financial status.

Officer BG8
""", date="2018-02-20", app="V305224871", uci="1118990233", who="Andrés Felipe GÓMEZ",
       office="Embassy of Canada - Visa Section, Bogotá", permit="visitor-visa", loc="outside-canada",
       fmt="sentences", grounds={"will-not-leave": ["travel-history", "family-ties", "assets-finances"]}, ocr=True)

letter("042-rome-reasons-heading-numbered", """
Immigration, Refugees and Citizenship Canada
Embassy of Canada to Italy - Immigration Section, Rome

Date: 2023-09-12
Application No.: W311005562
UCI: 1136-4471-20

Dear Giulia ESPOSITO,

Your application for a work permit has been refused.

Reasons:

1. I am not satisfied that the offer of employment is genuine. The employer has been operating for
   fewer than six months and could not show the revenue needed to pay the offered wage.
2. You do not have a valid positive Labour Market Impact Assessment for the position offered; the LMIA
   number provided belongs to a different employer.
3. You were not able to demonstrate that you will be able to adequately perform the work you seek, as
   you have no experience as a pastry chef.

You are welcome to reapply if you feel that you can respond to these concerns.
""", date="2023-09-12", app="W311005562", uci="1136447120", who="Giulia ESPOSITO",
       office="Embassy of Canada to Italy - Immigration Section", permit="work-permit", loc="outside-canada",
       fmt="nested", grounds={"job-offer.genuineness": [], "job-offer.lmia": [], "ability-to-perform-work": []})


letter("043-ocr-beijing-checkbox-sp-2016", f"""
Citizenship and Immigration Canada
Visa Section, Embassy of Canada, Beijing

2016-07-19

UCI: 8892-4410
Application: S303556208

LIU Yang
Chengdu, Sichuan

Dear LIU Yang,

I have assessed your application for a study permit. I am not satisfied that you meet the requirements
of the Act and the Regulations and I am refusing your application for the reasons checked below.

{cic_form_en({'wnl', 'funds'}, ['purpose-of-visit', 'employment-prospects'], permit='study')}

Officer 21345
""", date="2016-07-19", app="S303556208", uci="88924410", who="LIU Yang",
       office="Visa Section, Embassy of Canada, Beijing", permit="study-permit", loc="outside-canada", fmt="checkbox",
       grounds={"will-not-leave": ["purpose-of-visit", "employment-prospects"], "insufficient-funds": []}, ocr=True)

letter("044-no-office-sentences-wp", """
Immigration, Refugees and Citizenship Canada

2020-10-06

Application number: W307112609
UCI: 1125-6684-02

Dear Ramón CASTILLO,

I have reviewed your application for a work permit. I am not satisfied that you will leave Canada at
the end of your stay, as stipulated in paragraph 200(1)(b) of the IRPR, based on your family ties in
Canada and in your country of residence.

Your application is refused.

Officer
""", date="2020-10-06", app="W307112609", uci="1125668402", who="Ramón CASTILLO", office=None,
       permit="work-permit", loc="unknown", fmt="sentences", grounds={"will-not-leave": ["family-ties"]})

letter("045-ocr-chandigarh-nested-sp-notes", """
Immigration, Refugees and Citizenship Canada
High Commission of Canada, Chandigarh - Visa Section

2025-10-02

Application number: S315502781
UCI: 1141-6620-85

Dear Simranjeet KAUR,

Thank you for your interest in studying in Canada. After a careful review of your application and
supporting documentation, I have determined that your application does not meet the requirements of the
Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection Regulations (IRPR).
I am refusing your application for the following reasons:

- I am not satisfied that you will leave Canada at the end of your stay as required by paragraph
  216(1)(b) of the IRPR.
- Your assets and financial situation are insufficient to support the stated purpose of travel for
  yourself (and any accompanying family member(s), if applicable).

---page---
Decision notes

I have reviewed the application. The applicant is 22, single, unemployed, and proposes a 2-year
diploma in business administration. Funds consist of a recent lump-sum deposit of 2,100,000 INR
with no explanation of its source. The applicant's ties to India are weak and the purpose of the
visit is not reasonable given the applicant's prior bachelor's degree in commerce. I am not satisfied
that the applicant will leave Canada at the end of the authorized stay. Application refused.
""", date="2025-10-02", app="S315502781", uci="1141662085", who="Simranjeet KAUR",
       office="High Commission of Canada, Chandigarh", permit="study-permit", loc="outside-canada", fmt="nested",
       grounds={"will-not-leave": [], "insufficient-funds": []}, notes=True, ocr=True)

letter("046-ocr-mexico-checkbox-trv-truthful", f"""
Citizenship and Immigration Canada
Embassy of Canada - Immigration Section, Mexico City

August 27, 2010

UCI: 2203-9918
Application: V298110473

Dear Guadalupe MORALES REYES:

Thank you for your application for a temporary resident visa. I regret to inform you that your
application has been refused for the reason(s) marked below.

{cic_form_en({'truth', 'docs'}, permit='visitor', pairs=False)}

Visa Officer
""", date="2010-08-27", app="V298110473", uci="22039918", who="Guadalupe MORALES REYES",
       office="Embassy of Canada - Immigration Section, Mexico City", permit="visitor-visa", loc="outside-canada",
       fmt="checkbox", grounds={"documents.truthfulness": [], "documents.not-provided": []}, ocr=True)

letter("047-ocr-cpc-edmonton-ability-language", """
Immigration, Refugees and Citizenship Canada
CPC Edmonton

2019-05-08

UCI: 1117-3345-09
Application: W306234781

Mehmet DEMIR
Winnipeg MB

Dear Mehmet DEMIR:

This letter refers to your application for a work permit. Your application as requested is refused.

You have not demonstrated that you will be able to adequately perform the work you seek. The LMIA
requires that the worker speak English at an intermediate level, and satisfactory proof of English
proficiency was not provided.

Your status has expired. You must leave Canada or apply to restore your status within 90 days.
""", date="2019-05-08", app="W306234781", uci="1117334509", who="Mehmet DEMIR",
       office="CPC Edmonton", permit="work-permit", loc="inside-canada", fmt="in-canada",
       grounds={"ability-to-perform-work": []}, ocr=True)

letter("048-nairobi-nested-sp-other", """
Immigration, Refugees and Citizenship Canada
High Commission of Canada in Kenya - Visa Section, Nairobi

2021-12-03

Application number: S308123456
UCI: 1129-0076-51

Dear Amani Joseph MUTUA,

After a careful review of your application for a study permit and supporting documentation, I have
determined that your application does not meet the requirements of the IRPA and the IRPR. I am refusing
your application for the following reasons:

  - I am not satisfied that you will leave Canada at the end of your stay as required by paragraph
    216(1)(b) of the IRPR.
      - You do not have significant family ties outside Canada.
  - The program you intend to take is not offered at the campus named in your letter of acceptance.

Officer
""", date="2021-12-03", app="S308123456", uci="1129007651", who="Amani Joseph MUTUA",
       office="High Commission of Canada in Kenya - Visa Section", permit="study-permit", loc="outside-canada",
       fmt="nested", grounds={"will-not-leave": ["family-ties"], "other": []},
       unrec=["The program you intend to take is not offered at the campus named in your letter of acceptance."])

# ---------------------------------------------------------------- not refusals

letter("049-approval-poe-letter-of-introduction", """
Immigration, Refugees and Citizenship Canada
Visa Section, Embassy of Canada, Manila

2023-03-15

Application number: W310334567
UCI: 1137-2204-66

PORT OF ENTRY LETTER OF INTRODUCTION

Dear Jose Miguel SANTOS,

I am pleased to inform you that your application for a work permit has been approved. This letter is not
your work permit. You must present this letter to an officer of the Canada Border Services Agency when you
arrive in Canada, together with your passport and the documents you submitted with your application.

Conditions: employer-specific; employer: Prairie Pork Processing Ltd.; occupation: industrial butcher.

Valid for entry until: 2023-12-31
""", date="2023-03-15", app="W310334567", uci="1137220466", who="Jose Miguel SANTOS",
       office="Visa Section, Embassy of Canada, Manila", permit="work-permit", loc="outside-canada", refusal=False)

letter("050-ocr-procedural-fairness-letter", """
Immigration, Refugees and Citizenship Canada
High Commission of Canada, New Delhi - Visa Section

2024-07-09

Application number: W312004876
UCI: 1138-5590-12

Dear Amandeep SINGH,

PROCEDURAL FAIRNESS LETTER

I have reviewed your application for a work permit and I have concerns that you may not meet the
requirements. Specifically, I am not satisfied that you have answered truthfully all questions asked of
you: the employment reference letter from Shree Ganesh Motors could not be verified, and the telephone
number on it belongs to a private residence.

I am also not satisfied that you will leave Canada at the end of your stay, based on your current
employment situation.

Before I make a final decision, you have 30 days from the date of this letter to respond to these
concerns and to submit any additional information. If you do not respond, a decision will be made on
the information on file.

Officer
""", date="2024-07-09", app="W312004876", uci="1138559012", who="Amandeep SINGH",
       office="High Commission of Canada, New Delhi", permit="work-permit", loc="outside-canada", refusal=False, ocr=True)

letter("051-ocr-passport-request-trv", """
Immigration, Refugees and Citizenship Canada
Visa Section, Embassy of Canada, Bogotá

2019-09-03

Application: V306447710
UCI: 1123-8812-40

Dear Camila ROJAS VARGAS,

Your application for a temporary resident visa has been reviewed. Please submit your passport and two
recent photographs to the Visa Application Centre in Bogotá within 30 days so that we can finalize the
processing of your application. Include a copy of this letter.

Failure to submit your passport within the time indicated may result in the refusal of your application.

Visa Section
""", date="2019-09-03", app="V306447710", uci="1123881240", who="Camila ROJAS VARGAS",
       office="Visa Section, Embassy of Canada, Bogotá", permit="visitor-visa", loc="outside-canada",
       refusal=False, ocr=True)

letter("052-fr-instructions-biometrie", """
Immigration, Réfugiés et Citoyenneté Canada

Le 14 mai 2021

IUC : 11-2901-7746
Numéro de demande : S307998120

LETTRE D'INSTRUCTIONS RELATIVE À LA COLLECTE DES DONNÉES BIOMÉTRIQUES

Madame Fatou NDIAYE,

Vous devez fournir vos données biométriques (empreintes digitales et photo) en personne dans un centre
de réception des demandes de visa dans les 30 jours suivant la date de la présente lettre. Présentez
cette lettre et votre passeport au centre.

Si vous ne fournissez pas vos données biométriques, votre demande de permis d'études pourrait être
refusée.
""", lang="fr", date="2021-05-14", app="S307998120", uci="1129017746", who="Fatou NDIAYE", office=None,
       permit="study-permit", loc="unknown", refusal=False)

letter("053-ocr-medical-instructions", """
Immigration, Refugees and Citizenship Canada
Visa Section, High Commission of Canada, Lagos

2020-01-27

Application No.: W306770025
UCI: 1122-4409-87

Dear Oluwaseun ADEYEMI,

MEDICAL EXAMINATION INSTRUCTIONS

To continue processing your application for a work permit, you and your accompanying family members must
undergo an immigration medical examination. Please contact a panel physician and bring this letter, your
passport and the IMM 1017 form. You must complete the examination within 30 days.

This letter is not a decision on your application.
""", date="2020-01-27", app="W306770025", uci="1122440987", who="Oluwaseun ADEYEMI",
       office="Visa Section, High Commission of Canada, Lagos", permit="work-permit", loc="outside-canada",
       refusal=False, ocr=True)

letter("054-ocr-fr-accuse-de-reception", """
Immigration, Réfugiés et Citoyenneté Canada
Centre de traitement des demandes de Vegreville

Le 9 août 2018

IUC : 11-1944-6605
Numéro de demande : S305771290

Monsieur Ibrahima SOW

Accusé de réception

Nous avons bien reçu votre demande de prolongation de permis d'études le 2 août 2018. Les frais de
traitement ont été acquittés. Votre demande sera examinée dans l'ordre de réception. Vous pouvez demeurer
au Canada selon les conditions de votre permis actuel jusqu'à ce qu'une décision soit rendue (statut
maintenu).

Veuillez ne pas communiquer avec nous avant l'expiration du délai de traitement affiché.
""", lang="fr", date="2018-08-09", app="S305771290", uci="1119446605", who="Ibrahima SOW",
       office="Centre de traitement des demandes de Vegreville", permit="study-permit", loc="inside-canada",
       refusal=False, ocr=True)

letter("055-rental-lease", """
RESIDENTIAL TENANCY AGREEMENT

Landlord: Maple Grove Properties Inc., 120 King Street East, Hamilton ON
Tenant: Daniel OKAFOR

Premises: Unit 304, 88 Queen Street South, Hamilton ON
Term: 12 months, beginning June 1, 2024 and ending May 31, 2025
Rent: $1,650.00 per month, due on the first day of each month
Security deposit: $1,650.00 (last month's rent)

1. The Tenant shall not sublet the premises without the Landlord's written consent.
2. Utilities other than water are the responsibility of the Tenant.
3. No smoking is permitted anywhere in the building.

Signature of Landlord: ____________________   Signature of Tenant: ____________________
""", date=None, app=None, uci=None, who=None, office=None, refusal=False)

letter("056-ocr-employer-offer-letter", """
Northern Lights Logistics Ltd.
4500 Airport Road, Mississauga ON  L4V 1W2

March 4, 2024

Ms. Esther MENSAH
Kumasi, Ghana

Re: Offer of Employment - Long-Haul Truck Driver (NOC 73300)

Dear Ms. Mensah,

We are pleased to offer you the position of Long-Haul Truck Driver at our Mississauga terminal, subject
to your obtaining a valid Canadian work permit. The wage is $28.50 per hour for 40 hours per week. This
offer is supported by a positive Labour Market Impact Assessment issued by Employment and Social
Development Canada.

Please sign and return a copy of this letter to accept the offer.

Sincerely,

Karen Whitfield
Human Resources Manager
""", date="2024-03-04", app=None, uci=None, who="Esther MENSAH", office=None, refusal=False, ocr=True)

letter("057-fr-lettre-introduction-sp", """
Immigration, Réfugiés et Citoyenneté Canada
Ambassade du Canada au Maroc - Section des visas, Rabat

Le 21 juillet 2022

Numéro de demande : S309334410
IUC : 11-3201-5568

LETTRE D'INTRODUCTION AU POINT D'ENTRÉE

Madame Imane CHAKIR,

J'ai le plaisir de vous informer que votre demande de permis d'études a été approuvée. La présente lettre
n'est pas votre permis d'études. Vous devez la présenter à un agent de l'Agence des services frontaliers
du Canada à votre arrivée, avec votre passeport et votre lettre d'acceptation.

Établissement : Université de Montréal
""", lang="fr", date="2022-07-21", app="S309334410", uci="1132015568", who="Imane CHAKIR",
       office="Ambassade du Canada au Maroc", permit="study-permit", loc="outside-canada", refusal=False)

letter("058-ocr-additional-documents-request", """
Immigration, Refugees and Citizenship Canada
Case Processing Centre Mississauga

2021-04-19

UCI: 1127-5530-64
Application: W307665340

Dear Vikram NAIR,

We are processing your application for a work permit extension. In order to continue, we require the
following documents:

  1. A copy of your current passport, all pages;
  2. Your most recent pay stubs from your employer;
  3. A letter from your employer confirming your position and salary.

Please upload these documents within 30 days. If you do not provide them, your application may be
refused on the basis of the information on file.
""", date="2021-04-19", app="W307665340", uci="1127553064", who="Vikram NAIR",
       office="Case Processing Centre Mississauga", permit="work-permit", loc="inside-canada",
       refusal=False, ocr=True)

# ---------------------------------------------------------------- two more checkbox refusals

letter("059-ocr-london-checkbox-wp-lmia-other", f"""
Citizenship and Immigration Canada
Visa Section, High Commission of Canada, London

16 September 2014

UCI: 9901-3327
Application: W301990455

Dear Liam O'CONNOR:

I have reviewed your application for a work permit and regret to inform you that it has been refused.
The reasons that apply are checked below.

{cic_form_en({'lmia', 'genuine'}, other='The wage offered is below the prevailing wage for the occupation in the region.')}

Visa Section
""", date="2014-09-16", app="W301990455", uci="99013327", who="Liam O'CONNOR",
       office="Visa Section, High Commission of Canada, London", permit="work-permit", loc="outside-canada",
       fmt="checkbox", grounds={"job-offer.lmia": [], "job-offer.genuineness": [], "other": []},
       unrec=["The wage offered is below the prevailing wage for the occupation in the region."], ocr=True)

letter("060-ocr-fr-portauprince-checkbox-wp", f"""
Citoyenneté et Immigration Canada
Ambassade du Canada en Haïti - Section de l'immigration, Port-au-Prince

Le 25 avril 2016

IUC : 5608-1139
Numéro de demande : W303401776

Monsieur Wilner SAINT-FLEUR

Monsieur,

Votre demande de permis de travail a été refusée pour les motifs cochés ci-dessous.

{cic_form_fr({'wnl', 'perform'}, ['purpose-of-visit', 'employment-prospects', 'immigration-status'])}

Agent d'immigration
""", lang="fr", date="2016-04-25", app="W303401776", uci="56081139", who="Wilner SAINT-FLEUR",
       office="Ambassade du Canada en Haïti", permit="work-permit", loc="outside-canada", fmt="checkbox",
       grounds={"will-not-leave": ["purpose-of-visit", "employment-prospects", "immigration-status"],
                "ability-to-perform-work": []}, ocr=True)

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
