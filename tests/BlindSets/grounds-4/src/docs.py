"""The 45+ documents of grounds-5: body HTML, intended page count, degradation, label."""
from helpers import letterhead as LH, meta as M, p as P, notes_page as NP, page
import forms as F

DOCS = []

JR = {'inside-canada': [15], 'outside-canada': [60], 'unknown': [15, 60]}
CL_EN = P('You may submit a new application if you believe you can address the concerns set out above. Any future '
          'application should include all information you consider relevant.')
CL_FR = P('Vous pouvez présenter une nouvelle demande si vous estimez être en mesure de répondre aux préoccupations '
          'exprimées ci-dessus.')


def D(name, lang, body, pages, deg, kind='refusal-letter', date=None, app=None, uci=None, permit='unknown',
      loc='unknown', grounds=None, unrec=(), category=None, rest=None, leave=False, concerns=(), respond_by=None,
      respond_days=None, layout='unknown', source='invented', notes='', ext='pdf'):
    lab = {
        'file': 'letters/%s.%s' % (name, ext), 'documentKind': kind, 'language': lang,
        'letter': {'date': date, 'applicationNumber': app, 'uci': uci, 'permitType': permit, 'decisionLocation': loc},
        'grounds': grounds or {}, 'unrecognizedText': list(unrec), 'category': category,
        'judicialReviewDays': JR[loc] if kind == 'refusal-letter' else [],
        'restorationAvailable': rest, 'mustLeaveCanada': leave,
        'concerns': [dict(concernId=c, groundId=g, quote=q) for c, g, q in concerns],
        'respondBy': respond_by, 'respondDays': respond_days, 'layout': layout, 'degradation': deg,
        'source': source, 'notes': notes,
    }
    DOCS.append(dict(name=name, html=page(body), pages=pages, deg=deg, ext=ext, label=lab))


SIG_EN = P('Sincerely,<br><br>Officer R27<br>Visa Section')

# ---------------------------------------------------------------- checkbox forms
D('g5-01', 'en',
  LH('en', ['Visa Section', 'Embassy of Canada, Manila', 'RCBC Plaza, Makati City, Philippines'], old=True) +
  M(['March 4, 2019', ('Application no.:', 'V319274468'), ('UCI:', '1103-9927')]) +
  P('Dear Maria Lourdes Dizon,') + F.en_a('x', {'wnl', 'travel-history', 'family-ties'}) + CL_EN + SIG_EN,
  1, 'none', date='2019-03-04', app='V319274468', uci='11039927', permit='visitor-visa', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.travel-history', 'will-not-leave.family-ties']}, layout='checkbox',
  notes='Whole form printed with glyph boxes U+2612/U+2610; only umbrella + two factors ticked. Old CIC letterhead.')

D('g5-02', 'en',
  LH('en', ['High Commission of Canada', 'Immigration Section, 7/8 Shantipath, Chanakyapuri, New Delhi 110021']) +
  M([('Date:', '2018-11-27'), ('File number:', 'W 302 118 745'), ('Client ID:', '00-1782-6654')]) +
  P('Dear Applicant,') + F.en_b('sq', {'wnl', 'current-employment', 'employment-prospects', 'ability'},
                                what='LMIA-based work permit') + CL_EN + P('Visa Section<br>High Commission of Canada'),
  1, 'scan-200dpi', date='2018-11-27', app='W302118745', uci='0017826654', permit='work-permit', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.current-employment', 'will-not-leave.employment-prospects'],
           'ability-to-perform-work': []}, layout='checkbox',
  notes='Two-column factor grid, filled/empty squares; application number printed with spaces (label without). LMIA job offer.')

D('g5-03', 'en',
  LH('en', ['Immigration Section', 'High Commission of Canada, Nairobi']) +
  M(['12 July 2017', ('Application:', 'S301447902'), ('UCI:', '8824-5503')]) +
  P('Dear Mr. Otieno:') + F.en_a('ascii', {'wnl'}, what='study permit') + CL_EN + P('Officer KL4<br>Immigration Section'),
  1, 'fax-g4-200dpi', date='2017-07-12', app='S301447902', uci='88245503', permit='study-permit', loc='outside-canada',
  grounds={'will-not-leave': []}, layout='checkbox',
  notes='ASCII boxes; umbrella ticked with no factor ticked -> will-not-leave with [].')

D('g5-04', 'en',
  LH('en', ['Visa Section', 'Consulate General of Canada, Ho Chi Minh City']) +
  M(['Date: 5 Sept. 2016', ('Our file:', 'V298776103'), ('UCI:', '72-1184-0936')]) +
  P('Dear Nguyen Van Hai,') + F.en_b('drawn', {'wnl', 'assets-finances', 'length-of-stay', 'funds'},
                                      what='temporary resident visa (parent visit)') + CL_EN + P('Visa Section'),
  1, 'scan-300dpi', date='2016-09-05', app='V298776103', uci='7211840936', permit='visitor-visa', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.assets-finances', 'will-not-leave.length-of-stay'], 'insufficient-funds': []},
  layout='checkbox', notes='Drawn boxes (vector squares and X lines, no text glyph): box state only visible graphically.')

D('g5-05', 'en',
  LH('en', ['Visa Section', 'Embassy of Canada, Abu Dhabi']) +
  M(['January 22, 2018', ('Application number:', 'V305512987'), ('UCI:', '1093-4471')]) +
  P('Dear Applicant:') + F.en_a('chk', {'docs', 'other'},
                                 other='The invitation letter from your host does not state where you will reside.') +
  CL_EN + SIG_EN,
  1, 'photo', date='2018-01-22', app='V305512987', uci='10934471', permit='visitor-visa', loc='outside-canada',
  grounds={'documents.not-provided': [], 'other': []},
  unrec=['The invitation letter from your host does not state where you will reside.'], layout='checkbox', ext='jpg',
  notes='Check-mark glyph boxes; factor list all empty, umbrella not ticked; free-text Other line filled. Phone photo JPEG.')

D('g5-06', 'en',
  LH('en', ['Immigration Section', 'Embassy of Canada, Ankara']) +
  M(['Ankara, 30 April 2019', ('Application:', 'W307654431'), ('UCI:', '1122334455')]) +
  P('Dear Ahmet Yilmaz,') + F.en_b('x', {'misrep', 'truth'}) +
  P('As a result of this finding you will not be able to apply for temporary or permanent residence for five years.') +
  P('Officer 30112<br>Immigration Section'),
  1, 'scan-150dpi', date='2019-04-30', app='W307654431', uci='1122334455', permit='work-permit', loc='outside-canada',
  grounds={'misrepresentation': [], 'documents.truthfulness': []}, layout='checkbox',
  notes='Misrepresentation A40 and truthfulness both ticked; no reapply wording. Factor grid all empty.')

D('g5-07', 'fr',
  LH('fr', ['Section des visas', 'Ambassade du Canada à Dakar, Sénégal']) +
  M(['Dakar, le 9 octobre 2018', ('N° de demande :', 'V306621874'), ('IUC :', '1108-2264')]) +
  P('Madame, Monsieur,') + F.fr_a('x', {'wnl', 'travel-history', 'immigration-status', 'purpose-of-visit'}) +
  CL_FR + P('L\u2019agent des visas<br>Section des visas'),
  1, 'fax-g4-200dpi', date='2018-10-09', app='V306621874', uci='11082264', permit='visitor-visa', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.travel-history', 'will-not-leave.immigration-status',
                              'will-not-leave.purpose-of-visit']}, layout='checkbox',
  notes='French checkbox form faxed (G4 bilevel). Three factors ticked.')

D('g5-08', 'fr',
  LH('fr', ['Section de l\u2019immigration', 'Ambassade du Canada au Maroc, Rabat']) +
  M(['Date : 2019-06-17', ('Numéro de demande :', 'S308893310'), ('IUC :', '00-9981-2277')]) +
  P('Monsieur Benali,') + F.fr_b('drawn', {'funds', 'wnl', 'family-ties'}, what='permis d\u2019études') +
  CL_FR + P('Section de l\u2019immigration'),
  1, 'fax-g4-200dpi', date='2019-06-17', app='S308893310', uci='0099812277', permit='study-permit', loc='outside-canada',
  grounds={'insufficient-funds': [], 'will-not-leave': ['will-not-leave.family-ties']}, layout='checkbox',
  notes='Second French fax checkbox form; drawn boxes in a two-column grid.')

D('g5-09', 'fr',
  LH('fr', ['Section des visas', 'Ambassade du Canada au Cameroun, Yaoundé']) +
  M([('N° de dossier :', 'V310045589'), ('IUC :', '1117-6032')]) +
  P('Madame Ngo Bassa,') + F.fr_a('ascii', {'wnl', 'other'},
                                   other='Le but déclaré du voyage ne correspond pas aux pièces jointes à votre demande.') +
  CL_FR + P('Agente des visas'),
  1, 'none', date=None, app='V310045589', uci='11176032', permit='visitor-visa', loc='outside-canada',
  grounds={'will-not-leave': [], 'other': []},
  unrec=['Le but déclaré du voyage ne correspond pas aux pièces jointes à votre demande.'], layout='checkbox',
  notes='No date printed. Umbrella ticked without factors; Autre line filled. Judgement: the Autre text speaks of the '
        'stated purpose not matching attachments, but the purpose factor box is NOT ticked, so it stays other/unrecognized.')

D('g5-10', 'fr',
  LH('fr', ['Section de l\u2019immigration', 'Ambassade du Canada en France, Paris']) +
  M(['14 mai 2019', ('Demande :', 'W309234476'), ('IUC :', '1120945518')]) +
  P('Monsieur,') + F.fr_b('sq', {'ability'}) + CL_FR + P('Section de l\u2019immigration, Paris'),
  1, 'scan-200dpi-rotated-90', date='2019-05-14', app='W309234476', uci='1120945518', permit='work-permit',
  loc='outside-canada', grounds={'ability-to-perform-work': []}, layout='checkbox',
  notes='Factor grid printed but entirely empty; only the ability box ticked. Page scanned turned 90 degrees.')

D('g5-11', 'fr',
  LH('fr', ['Section des visas', 'Ambassade du Canada en Tunisie, Tunis']) +
  M(['Le 2 décembre 2019', ('Numéro de demande :', 'V311178820'), ('IUC :', '3310-7765')]) +
  P('Monsieur Trabelsi,') + F.fr_a('chk', {'wnl', 'previous-contravention', 'length-of-stay'}) + CL_FR +
  P('Agent no 4417'),
  1, 'photo', date='2019-12-02', app='V311178820', uci='33107765', permit='visitor-visa', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.previous-contravention', 'will-not-leave.length-of-stay']},
  layout='checkbox', ext='png', notes='French check-mark form, phone photo PNG.')

# ---------------------------------------------------------------- sentence letters (B)
D('g5-12', 'en',
  LH('en', ['Immigration Section', 'High Commission of Canada, Accra, Ghana']) +
  M(['2019-08-14', ('Application No.:', 'S309981123'), ('UCI:', '1112-7740')]) +
  P('Dear Kwame Mensah:', 'Thank you for your interest in studying in Canada. I have reviewed your study permit '
    'application and regret to inform you that it does not meet the requirements of the Act and Regulations.',
    'I am not persuaded that you will depart Canada at the end of your authorized stay, as set out in subsection 216(1) '
    'of the Immigration and Refugee Protection Regulations, in light of your family ties in Canada and in your country '
    'of residence and your personal assets and financial situation.',
    'I am not persuaded that you will depart Canada at the end of your authorized stay, as set out in subsection 216(1) '
    'of the IRPR, in light of the purpose of your visit.') + CL_EN + P('Officer 12006'),
  1, 'none', date='2019-08-14', app='S309981123', uci='11127740', permit='study-permit', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.family-ties', 'will-not-leave.assets-finances',
                              'will-not-leave.purpose-of-visit']}, layout='sentences',
  notes='"as set out in ... in light of" instead of "as stipulated ... based on"; two factors in one sentence.')

D('g5-13', 'en',
  LH('en', ['Visa Section', 'Embassy of Canada, Warsaw, Poland']) +
  M(['14 January 2020', ('Application:', 'W310556721'), ('UCI:', '1121-0045')]) +
  P('Dear Oksana Kovalenko,',
    'We have completed the review of your application for a work permit. We are refusing it for the reasons below.',
    'The offer of employment was not submitted by your employer through the Employer Portal, and the employer '
    'compliance fee has not been paid, as required by subparagraph 200(1)(c)(ii.1) of the Regulations.',
    'We are also not satisfied that you will leave Canada at the end of your stay, as required by paragraph 200(1)(b) '
    'of the IRPR, considering the limited job opportunities available to you in your country of residence.') + CL_EN +
  P('Visa Section, Warsaw'),
  1, 'none', date='2020-01-14', app='W310556721', uci='11210045', permit='work-permit', loc='outside-canada',
  grounds={'job-offer.offer-of-employment': [], 'will-not-leave': ['will-not-leave.employment-prospects']},
  layout='sentences', notes='Employer-portal (LMIA-exempt) offer; first person plural voice; "job opportunities" synonym.')

D('g5-14', 'en',
  LH('en', ['Visa Section', 'Embassy of Canada, Lima, Peru']) +
  M(['Oct 3 2018', ('Application number:', 'V306002199'), ('UCI:', '3399-1020')]) +
  '<p>Dear Applicant,</p><p>I have reviewd your application for a temporary resident visa. I am not satisifed that<br>'
  'you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of<br>the IRPR, based on your travle '
  'history.</p><p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in<br>R179(b), '
  'based on your current employement situation.</p><p>I am not satisfied that you have sufficent funds for your '
  'proposed<br>stay in Canada.</p>' + CL_EN + P('Officer LM'),
  1, 'scan-150dpi', date='2018-10-03', app='V306002199', uci='33991020', permit='visitor-visa', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.travel-history', 'will-not-leave.current-employment'],
           'insufficient-funds': []}, layout='sentences',
  notes='Typos (satisifed, travle, employement, sufficent), hard line breaks mid-sentence, R179(b) short citation.')

D('g5-15', 'fr',
  LH('fr', ['Section de l\u2019immigration', 'Ambassade du Canada en Côte d\u2019Ivoire, Abidjan']) +
  M(['Le 3 février 2020', ('Numéro de demande :', 'S310778842'), ('IUC :', '11-0452-8871')]) +
  P('Madame Kouassi,', 'Après examen de votre demande de permis d\u2019études, je dois vous informer qu\u2019elle ne '
    'satisfait pas aux exigences de la Loi et du Règlement.',
    'Je ne suis pas convaincue que vous quitterez le Canada à la fin de votre séjour, comme le prévoit l\u2019alinéa '
    '216(1)b) du RIPR, étant donné vos antécédents de voyage.',
    'Je ne suis pas convaincue que vous quitterez le Canada à la fin de votre séjour, comme le prévoit l\u2019alinéa '
    '216(1)b) du RIPR, étant donné votre situation d\u2019emploi actuelle.') + CL_FR + P('L\u2019agente d\u2019immigration'),
  1, 'none', date='2020-02-03', app='S310778842', uci='1104528871', permit='study-permit', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.travel-history', 'will-not-leave.current-employment']},
  layout='sentences', notes='Feminine agent (convaincue), "comme le prévoit l\u2019alinéa ... étant donné".')

# ---------------------------------------------------------------- nested letters with decision notes (2025+)
n17 = ['PA applying under R203 for a WP as a welder, NOC 72106. LMIA confirmed and valid; name matches.',
       'LMIA requires 3 years of welding experience and a provincial or equivalent trade certificate. PA submitted '
       'one reference letter covering 14 months of work, which does not meet the experience requirement.',
       'No IELTS or other evidence of English ability on file although English is required for the position.',
       'Bank statement shows a deposit of 1,850,000 PKR two weeks before submission, origin not explained.',
       'Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the '
       'end of the period authorized for their stay. Refused.']
D('g5-17', 'en',
  LH('en', ['Immigration Section', 'High Commission of Canada, Islamabad']) +
  M(['September 18, 2025', ('Application no.:', 'W312334908'), ('UCI:', '1130456612')]) +
  P('Dear Imran Qureshi,', 'Thank you for your interest in working in Canada. After careful examination of your '
    'application and the documents you provided, I have decided that it does not meet the requirements of the IRPA and '
    'the IRPR. Your application is refused for these reasons:') +
  '<ul><li>I am not satisfied that you will leave Canada at the end of your stay as a temporary resident, as required '
  'by paragraph 200(1)(b) of the IRPR.<ul><li>The reason you give for coming to Canada does not fit a temporary stay, '
  'given the details in your application.</li><li>Your assets and finances are not sufficient to support the stated '
  'purpose of your trip.</li></ul></li><li>You have not shown that you would be able to perform adequately the work '
  'you are seeking in Canada.</li></ul>' + CL_EN + P('Officer ISL-22') +
  NP('Officer decision notes', n17),
  2, 'none', date='2025-09-18', app='W312334908', uci='1130456612', permit='work-permit', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.purpose-of-visit', 'will-not-leave.assets-finances'],
           'ability-to-perform-work': []}, layout='nested',
  concerns=[('job.experience-insufficient', 'ability-to-perform-work',
             'PA submitted one reference letter covering 14 months of work, which does not meet the experience requirement.'),
            ('language.no-evidence', 'ability-to-perform-work',
             'No IELTS or other evidence of English ability on file although English is required for the position.'),
            ('funds.unexplained-deposit', 'will-not-leave.assets-finances',
             'Bank statement shows a deposit of 1,850,000 PKR two weeks before submission, origin not explained.')],
  source='adapted from https://decisions.fct-cf.gc.ca/fc-cf/decisions/en/item/487081/index.do (Kumar 2020 FC 935 notes structure)',
  notes='Letter + notes page. Positive LMIA fact and closing boilerplate are not concerns. Trade-certificate requirement '
        'is stated but the note does not say it is missing, so no job.qualification-not-shown concern.')

n18 = ['Applicant is a 31 y.o. national of India who holds a Master of Business Administration (2018) and seeks to enrol '
       'in a one-year Ontario college certificate in business administration.',
       'The applicant\'s previous studies are at a higher level than the proposed program.',
       'The applicant has paid the first semester tuition.',
       'Spouse and child are included as accompanying family members; with the family unit relocating, ties to India are weakened.',
       'Employment letter states PA has worked as a sales coordinator since March 2025 only; no payslips; PA has not shown '
       'being established in India.',
       'On balance, I am not satisfied the applicant will leave Canada at the end of the authorized stay.']
D('g5-18', 'en',
  LH('en', ['IRCC \u2013 International Network', 'Visa Office, Chandigarh']) +
  M(['Date: 2025-10-06', ('Application number:', 'S313670025'), ('UCI:', '1141-2290-77'.replace('-', '')[:0] + '11-4122-9077')]) +
  P('Dear Harpreet Kaur,', 'Thank you for your interest in studying in Canada. Having reviewed your application and '
    'supporting documentation, I have determined that it does not meet the requirements of the Immigration and Refugee '
    'Protection Act and Regulations. I am refusing your application for the following reasons:') +
  '<ol><li>I am not satisfied that you will leave Canada at the end of your stay, as required by paragraph 216(1)(b) '
  'of the IRPR. In reaching this conclusion I note that:<ol type="a"><li>the purpose of your visit is not consistent '
  'with a temporary stay given the details you provided;</li><li>you do not have significant family ties outside '
  'Canada;</li><li>your current employment situation does not demonstrate that you are financially established in '
  'your country of residence.</li></ol></li></ol>' + CL_EN + P('Officer CHD0193') + NP('Decision notes', n18),
  2, 'none', date='2025-10-06', app='S313670025', uci='1141229077', permit='study-permit', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.purpose-of-visit', 'will-not-leave.family-ties',
                              'will-not-leave.current-employment']}, layout='nested',
  concerns=[('purpose.study-regression', 'will-not-leave.purpose-of-visit',
             "The applicant's previous studies are at a higher level than the proposed program."),
            ('ties.accompanying-family', 'will-not-leave.family-ties',
             'Spouse and child are included as accompanying family members; with the family unit relocating, ties to India are weakened.'),
            ('ties.not-established', 'will-not-leave.current-employment',
             'PA has not shown being established in India')],
  notes='Numbered list with lettered sub-items. "has paid the first semester tuition" is a positive fact, not a concern. '
        'The employment sentence also says "no payslips"; labelled once as ties.not-established (fits the current-employment factor).')

n19 = ['Super visa application for PA (mother, 64) to visit son in Calgary.',
       'Host\'s 2024 notice of assessment shows income of $41,200 for a household of 4, below the minimum necessary '
       'income; no other evidence of the son\'s means or of his undertaking to support.',
       'PA has three children, all of whom live in Canada; no spouse or dependants remain in the Philippines.',
       'I am not satisfied the applicant meets R179(b). Refused.']
D('g5-19', 'en',
  LH('en', ['Visa Section', 'Embassy of Canada, Manila']) +
  M(['August 12th, 2025', ('Application:', 'V312905514'), ('UCI:', '1098-8812')]) +
  P('Dear Lorna Santos,', 'Following a review of your application for a parent and grandparent super visa, I have '
    'concluded that it does not meet the requirements of the Act and Regulations and am refusing it for these reasons:') +
  '<ul><li>You have not demonstrated that you have sufficient funds, or that your host in Canada has sufficient income, '
  'to support your stay.</li><li>I am not satisfied that you will leave Canada at the end of your stay as a temporary '
  'resident:<ul><li>You have significant family ties in Canada.</li></ul></li></ul>' + CL_EN + P('Officer MNL-5') +
  NP('Officer\u2019s decision notes', n19),
  2, 'scan-200dpi', date='2025-08-12', app='V312905514', uci='10988812', permit='visitor-visa', loc='outside-canada',
  grounds={'insufficient-funds': [], 'will-not-leave': ['will-not-leave.family-ties']}, layout='nested',
  concerns=[('funds.third-party-support', 'insufficient-funds',
             "no other evidence of the son's means or of his undertaking to support"),
            ('ties.family-in-canada', 'will-not-leave.family-ties',
             'PA has three children, all of whom live in Canada'),
            ('ties.no-dependants', 'will-not-leave.family-ties',
             'no spouse or dependants remain in the Philippines')],
  notes='Super visa (parents). Judgement: host income below minimum is labelled funds.third-party-support via its last clause; '
        'one sentence of notes holds two ties concerns.')

n20 = ['PA is a citizen of Nepal residing in Qatar on a work residence permit valid until 03/2026.',
       'No previous travel outside the region.',
       'PA\'s status in Qatar is tied to a single employer and may not be renewed.',
       'For the reasons above, I have refused this application.']
D('g5-20', 'en',
  LH('en', ['Immigration, Refugees and Citizenship Canada', 'Visa Office, Embassy of Canada, Doha'][1:]) +
  M(['2 September 2025', ('Application:', 'V313004417'), ('UCI:', '1127744020')]) +
  P('Dear Bishnu Thapa,',
    'When assessing an application for a temporary resident visa, officers consider a range of factors, such as the '
    'applicant\u2019s travel history, family ties, employment, assets and immigration status in the country of '
    'residence, and weigh them together.',
    'In your case, after weighing all of the information provided, I am not satisfied that you will leave Canada at the '
    'end of your stay, as required by paragraph 179(b) of the IRPR, because your history of travel does not demonstrate '
    'that you have previously complied with the conditions of a visa abroad and returned home.') + CL_EN +
  P('Officer DOH-08') + NP('Officer decision notes', n20),
  2, 'none', date='2025-09-02', app='V313004417', uci='1127744020', permit='visitor-visa', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.travel-history']}, layout='nested',
  concerns=[('travel.none', 'will-not-leave.travel-history', 'No previous travel outside the region.'),
            ('status.temporary-in-residence-country', 'will-not-leave.immigration-status',
             "PA's status in Qatar is tied to a single employer and may not be renewed.")],
  notes='Preamble lists in general what officers weigh (ties, employment, assets, status): NOT findings. Only travel '
        'history is a finding. The notes raise a status concern whose factor the letter does not rely on: concern '
        'reported with its ground id, no finding added.')

n21 = ['Application for LMIA-based WP as food service supervisor. The LMIA on file lists the position at a restaurant in '
       'Laval; the offer letter and contract describe duties at a catering business in Terrebonne.',
       'Employer registered in February 2025, operating address appears to be a residential unit, no payroll records '
       'submitted to show ability to pay.',
       'Offered hourly wage of $15.75 is below the prevailing wage for NOC 62020 in the region.',
       'Refused under R200(1)(c)(iii) and R200(5).']
D('g5-21', 'fr',
  LH('fr', ['Section de l\u2019immigration', 'Ambassade du Canada au Sénégal, Dakar']) +
  M(['1er novembre 2025', ('Numéro de demande :', 'W313552210'), ('IUC :', '1133-0098')]) +
  P('Monsieur Diallo,', 'Nous vous remercions de l\u2019intérêt que vous portez au Canada. À la suite d\u2019un examen '
    'attentif de votre demande de permis de travail et des pièces justificatives, j\u2019ai conclu qu\u2019elle ne '
    'satisfait pas aux exigences de la LIPR et du RIPR, pour les raisons suivantes :') +
  '<ul><li>L\u2019emploi décrit dans votre offre ne correspond pas à celui visé par l\u2019étude d\u2019impact sur le '
  'marché du travail (EIMT) délivrée à l\u2019employeur.</li><li>Je ne suis pas convaincu que l\u2019offre '
  'd\u2019emploi soit authentique, au sens du paragraphe 200(5) du RIPR.</li></ul>' + CL_FR + P('Agent DKR-31') +
  NP('Notes de décision de l\u2019agent', n21),
  2, 'fax-g4-200dpi', date='2025-11-01', app='W313552210', uci='11330098', permit='work-permit', loc='outside-canada',
  grounds={'job-offer.lmia': [], 'job-offer.genuineness': []}, layout='nested',
  concerns=[('job.employer-genuineness', 'job-offer.genuineness',
             'operating address appears to be a residential unit, no payroll records submitted to show ability to pay'),
            ('job.wage-below-prevailing', 'job-offer.genuineness',
             'Offered hourly wage of $15.75 is below the prevailing wage for NOC 62020 in the region.')],
  notes='French letter with English notes (common). Subjunctive "soit authentique". LMIA mismatch sentence in notes '
        'restates the ground, not a catalogue concern. Faxed, 2 pages.')

n22 = ['La demanderesse souhaite suivre un DEC en techniques de comptabilité à Montréal.',
       'Relevé bancaire du père : solde de 14 000 000 FCFA, mais la provenance de ces fonds n\u2019est pas documentée.',
       'Un seul relevé d\u2019un mois a été fourni, ce qui ne permet pas de voir les mouvements du compte.',
       'Des programmes comparables sont offerts à Dakar pour une fraction du coût.',
       'Compte tenu de ce qui précède, je ne suis pas convaincu que la demanderesse quittera le Canada. Refusé.']
D('g5-22', 'fr',
  LH('fr', ['Section de l\u2019immigration', 'Ambassade du Canada au Sénégal, Dakar']) +
  M(['Date : 2025-09-23', ('Demande no :', 'S313220087'), ('IUC :', '1144560931')]) +
  P('Madame Ndiaye,', 'Après un examen attentif de votre demande et des documents fournis, j\u2019ai déterminé que votre '
    'demande ne répond pas aux exigences de la Loi sur l\u2019immigration et la protection des réfugiés et de son '
    'règlement. Je refuse votre demande pour les motifs suivants :') +
  '<ul><li>Vos ressources financières ne suffisent pas à couvrir vos droits de scolarité et vos frais de subsistance.</li>'
  '<li>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l\u2019exige '
  'l\u2019alinéa 216(1)b) du RIPR :<ul><li>Le but de votre séjour n\u2019est pas compatible avec un séjour temporaire, '
  'compte tenu des renseignements fournis.</li></ul></li></ul>' + CL_FR + P('Agent d\u2019immigration') +
  NP('Notes de l\u2019agent', n22),
  2, 'scan-300dpi', date='2025-09-23', app='S313220087', uci='1144560931', permit='study-permit', loc='outside-canada',
  grounds={'insufficient-funds': [], 'will-not-leave': ['will-not-leave.purpose-of-visit']}, layout='nested',
  concerns=[('funds.source-unclear', 'insufficient-funds', 'la provenance de ces fonds n\u2019est pas documentée'),
            ('funds.transaction-history', 'insufficient-funds',
             'Un seul relevé d\u2019un mois a été fourni, ce qui ne permet pas de voir les mouvements du compte.'),
            ('purpose.available-at-home', 'will-not-leave.purpose-of-visit',
             'Des programmes comparables sont offerts à Dakar pour une fraction du coût.')],
  notes='French notes. Father as sponsor is a neutral fact here (no doubt on his commitment), so no third-party concern.')

D('g5-23', 'fr',
  LH('fr', ['Section des visas', 'Consulat général du Canada à São Paulo']) +
  M(['São Paulo, 21 juin 2022', ('N° de demande :', 'V311890045'), ('IUC :', '11-2009-3312')]) +
  P('Monsieur Oliveira,', 'Les agents tiennent compte, de façon générale, de divers éléments : les voyages antérieurs, '
    'les liens familiaux, la situation financière et la durée du séjour envisagé. Aucun de ces éléments n\u2019est '
    'déterminant à lui seul.', 'Après avoir examiné votre dossier, j\u2019ai refusé votre demande de visa de résident '
    'temporaire pour les motifs suivants :') +
  '<ul><li>L\u2019agent n\u2019est pas convaincu que vous quitteriez le Canada au terme de votre séjour (alinéa 179b) '
  'du RIPR).<ul><li>Vos perspectives d\u2019emploi au Brésil, votre pays de résidence, sont limitées.</li><li>Votre '
  'statut dans votre pays de résidence ne vous y assure pas un retour.</li></ul></li></ul>' + CL_FR,
  1, 'none', date='2022-06-21', app='V311890045', uci='1120093312', permit='visitor-visa', loc='outside-canada',
  grounds={'will-not-leave': ['will-not-leave.employment-prospects', 'will-not-leave.immigration-status']},
  layout='nested', notes='Preamble naming travel, family, finances, length of stay in general: not findings. Conditional '
        '"quitteriez", third-person agent.')

D('g5-24', 'en',
  LH('en', ['Immigration Section', 'High Commission of Canada, New Delhi']) +
  M(['Date: June 9, 2021', ('Application #:', 'W311224560'), ('UCI:', '1105-6677')]) +
  P('Dear Rohan Mehta,', 'I have assessed your application for a work permit as an intra-company transferee and I am '
    'refusing it for the following reason:') +
  '<ul><li>You have not shown that you hold specialized knowledge of the company\u2019s products, services, research, '
  'equipment, techniques or management. Accordingly, you have not established that you qualify as an intra-company '
  'transferee in the C12 specialized knowledge category under paragraph 205(a) of the IRPR.</li></ul>' + CL_EN +
  P('Officer 44N'),
  1, 'none', date='2021-06-09', app='W311224560', uci='11056677', permit='work-permit', loc='outside-canada',
  grounds={'category-eligibility': []}, category='intra-company transferee', layout='nested',
  notes='ICT C12: category named; failed condition = specialized knowledge.')

D('g5-25', 'en',
  LH('en', ['Immigration, Refugees and Citizenship Canada', 'International Network \u2013 Mexico City'][1:]) +
  M([('Application number:', 'W312007733'), ('UCI:', '1139-4402')]) +
  P('Dear Ms. Hernández,', 'Your application for a work permit as a CUSMA professional (exemption code T23) has been '
    'refused.') +
  '<ol><li>The occupation described in your offer, marketing coordinator, is not one of the professions listed in '
  'Appendix 1603.D.1 of the Canada\u2013United States\u2013Mexico Agreement; you have therefore not met the requirements '
  'of the CUSMA professional category under paragraph 204(a) of the IRPR.</li><li>You have also not shown that you '
  'have the education or experience to carry out the duties of the position offered.</li></ol>' + CL_EN +
  P('Officer MEX-114'),
  1, 'none', date=None, app='W312007733', uci='11394402', permit='work-permit', loc='outside-canada',
  grounds={'category-eligibility': [], 'ability-to-perform-work': []}, category='CUSMA professional', layout='nested',
  notes='No date printed. CUSMA professional; code written T23 (T36 in some sources) — category named in words.')

# ---------------------------------------------------------------- in-Canada letters
D('g5-27', 'en',
  LH('en', ['Case Processing Centre Edmonton', 'IRCC, Edmonton AB']) +
  M(['May 22, 2024', ('Application:', 'W311876650'), ('UCI:', '1102-4458-91')]) +
  P('Dear Tomás Rivera,', 'This letter concerns your application for a post-graduation work permit (PGWP). I have '
    'reviewed your application and it is refused.',
    'To be eligible for a post-graduation work permit an applicant must have completed a full-time program of at least '
    'eight months at an eligible designated learning institution, must have maintained status during studies, and must '
    'apply within 180 days of receiving written confirmation of program completion.',
    'Our records show that you received confirmation that you completed your program on October 4, 2023, and your '
    'application was received on May 1, 2024. As you did not apply within the 180-day period, you do not meet the '
    'requirements of the post-graduation work permit program.',
    'Our records also show that your temporary resident status has expired. You are without status and must leave '
    'Canada immediately. You may be eligible to apply to restore your status within 90 days of losing it, under section '
    '182 of the IRPR.') + P('Officer E4417<br>Case Processing Centre Edmonton'),
  1, 'scan-300dpi-rotated-90', date='2024-05-22', app='W311876650', uci='1102445891', permit='work-permit',
  loc='inside-canada', grounds={'category-eligibility': []}, category='post-graduation work permit',
  rest=True, leave=True, layout='in-canada',
  source='adapted from https://www.canada.ca/en/immigration-refugees-citizenship/services/study-canada/work/after-graduation/eligibility.html (PGWP conditions)',
  notes='Lists all PGWP conditions, then the failed one (180 days). Listed conditions are not separate reasons. '
        'Must leave AND restoration possible. UCI printed with an unusual dash pattern.')

D('g5-28', 'fr',
  LH('fr', ['Centre de traitement des demandes', 'IRCC, Sydney (Nouvelle-Écosse)']) +
  M(['15 janvier 2024', ('Numéro de demande :', 'W311003322'), ('IUC :', '1117723004')]) +
  P('Madame Lefebvre,', 'La présente fait suite à votre demande de permis de travail postdiplôme (PTPD). Votre demande '
    'est refusée.', 'Pour être admissible au PTPD, il faut notamment avoir terminé un programme d\u2019études à temps '
    'plein d\u2019une durée d\u2019au moins huit mois dans un établissement d\u2019enseignement désigné admissible.',
    'Selon les renseignements au dossier, vous avez étudié à temps partiel pendant les deux dernières sessions de votre '
    'programme. Vous ne satisfaites donc pas aux critères d\u2019admissibilité du PTPD.',
    'Vous conservez votre statut de visiteuse, qui demeure valide jusqu\u2019au 30 avril 2024.') + P('Agente 7710'),
  1, 'none', date='2024-01-15', app='W311003322', uci='1117723004', permit='work-permit', loc='inside-canada',
  grounds={'category-eligibility': []}, category='post-graduation work permit', rest=None, leave=False,
  layout='in-canada', notes='Keeps status (visitor) until a date: mustLeaveCanada false. Restoration not mentioned -> null.')

D('g5-29', 'en',
  LH('en', ['IRCC \u2013 Domestic Network', 'Mississauga, Ontario']) +
  M(['2024-03-08', ('Application number:', 'W311559014'), ('UCI:', '11-2380-4476')]) +
  P('Dear Ana Pereira,', 'Your application for an open work permit as the spouse of a foreign worker (C41) is refused.',
    'A spouse or common-law partner of a worker may obtain an open work permit if the principal worker holds a valid '
    'work permit in an occupation in TEER category 0, 1, 2 or 3, or in an eligible occupation. The employment letter '
    'on file shows that your spouse works as a cashier, a TEER 5 occupation. You therefore do not meet the '
    'requirements of this category under paragraph 205(c) of the Regulations.',
    'You applied after your own status had expired more than 90 days earlier; restoration is therefore not '
    'available to you. You are without status in Canada and must leave Canada immediately.') +
  P('Officer D-2291'),
  1, 'none', date='2024-03-08', app='W311559014', uci='1123804476', permit='work-permit', loc='inside-canada',
  grounds={'category-eligibility': []}, category='spousal open work permit', rest=False, leave=True, layout='in-canada',
  notes='Spousal OWP (C41), failed condition TEER level; restoration explicitly unavailable; must leave.')

D('g5-30', 'fr',
  LH('fr', ['IRCC', 'Centre de traitement des demandes de Vegreville (Alberta)']) +
  M(['Le 2 avril 2024', ('Demande :', 'W311660773'), ('IUC :', '1108-7734')]) +
  P('Monsieur Haddad,', 'Objet : demande de permis de travail ouvert pour conjoint (code C42)',
    'Votre demande est refusée. Je ne suis pas convaincue que votre relation avec votre épouse, titulaire d\u2019un '
    'permis d\u2019études, soit authentique ; vous ne remplissez donc pas les conditions de cette catégorie prévues au '
    'sous-alinéa 205c)(ii) du RIPR.',
    'Votre statut de travailleur a pris fin le 15 mars 2024. Vous devez quitter le Canada, à moins de présenter, dans '
    'les 90 jours suivant la perte de votre statut, une demande de rétablissement conformément à l\u2019article 182 du '
    'RIPR.') + P('Agente de migration'),
  1, 'none', date='2024-04-02', app='W311660773', uci='11087734', permit='work-permit', loc='inside-canada',
  grounds={'category-eligibility': []}, category='spousal open work permit', rest=True, leave=True, layout='in-canada',
  notes='Spousal OWP for spouse of student (C42), failed condition genuine relationship. Restoration available; must leave.')

D('g5-31', 'en',
  LH('en', ['Case Processing Centre \u2013 Edmonton']) +
  M(['11/30/2023'.replace('11/30/2023', 'November 30, 2023'), ('Application:', 'W310998812'), ('UCI:', '1116-0023')]) +
  P('Dear Mr. Osei,', 'This letter refers to your application for a bridging open work permit. Your application as '
    'requested is refused.', 'A bridging open work permit may be issued to a foreign national who has applied for '
    'permanent residence under an eligible program, whose application has passed the completeness check, and who held '
    'valid status on the date the work permit application was made.',
    'Our records indicate that your work permit expired on August 2, 2023 and that your application was received on '
    'August 20, 2023. You did not hold valid status when you applied, and you do not meet the requirements for a '
    'bridging open work permit.', 'You are required to leave Canada by December 30, 2023.') +
  P('Officer 6M'),
  1, 'none', date='2023-11-30', app='W310998812', uci='11160023', permit='work-permit', loc='inside-canada',
  grounds={'category-eligibility': []}, category='bridging open work permit', rest=None, leave=True, layout='in-canada',
  notes='BOWP: conditions listed, failed one = valid status when applying. Leave-by date given; restoration not mentioned (null).')

D('g5-32', 'en',
  LH('en', ['Immigration, Refugees and Citizenship Canada'][0:0] + ['International Experience Canada']) +
  M(['2 November 2023', ('Application no.:', 'W310875564'), ('UCI:', '1131100294')]) +
  P('Dear Chloé Martin,', 'We have reviewed your application for a work permit under International Experience Canada '
    '(Working Holiday).', 'Participants must be between 18 and 35 years of age when they apply. According to your '
    'passport you were 36 years old on the day your application was submitted. As a result, you have not met the '
    'eligibility requirements of the International Experience Canada program, and your application is refused.') +
  P('IRCC'),
  1, 'none', date='2023-11-02', app='W310875564', uci='1131100294', permit='work-permit', loc='unknown',
  grounds={'category-eligibility': []}, category='International Experience Canada', layout='in-canada',
  notes='No office named and no place: decision location unknown -> both JR deadlines. Layout labelled in-canada (short '
        'category letter) though location unknown: judgement call; IEC working holiday, failed condition age.')

D('g5-33', 'en',
  LH('en', ['Case Processing Centre Vegreville', 'Vegreville, Alberta T9C 1X5']) +
  M(['June 10, 2021', ('Application:', 'W309554178'), ('Client ID:', '1093-5520')]) +
  P('Dear Applicant:', 'This letter refers to your application to extend your work permit. Your application as '
    'requested is refused.', 'Subsection 16(1) of the Act requires that a person making an application answer truthfully '
    'all questions put to them and produce all relevant evidence and documents that the officer reasonably requires. On '
    'April 12, 2021 we asked you to submit a copy of the new LMIA and your updated employment contract. As of today, '
    'these have not been received.', 'You may apply to restore your status within 90 days of the date of this letter. '
    'If you do not, you must leave Canada.') + P('Officer VG19'),
  1, 'scan-200dpi', date='2021-06-10', app='W309554178', uci='10935520', permit='work-permit', loc='inside-canada',
  grounds={'documents.not-provided': []}, rest=True, leave=True, layout='in-canada',
  notes='LMIA extension, A16(1) paragraph paraphrased. Truthfulness is only mentioned as part of the A16 definition: '
        'not a truthfulness finding. Mention of LMIA is a requested document, not job-offer.lmia. mustLeave labelled true '
        '(conditional on no restoration): judgement call.')

D('g5-34', 'fr',
  LH('fr', ['IRCC \u2013 Centre de traitement des demandes', 'Edmonton (Alberta)']) +
  M([('Numéro de demande :', 'S312440098'), ('IUC :', '11-4490-2281')]) +
  P('Madame Tremblay-Nsengi,', 'Nous avons examiné votre demande de prolongation de votre permis d\u2019études. Elle est '
    'refusée pour les raisons suivantes :') +
  '<ul><li>Malgré notre demande, vous n\u2019avez pas fourni de lettre d\u2019inscription confirmant que vous êtes '
  'inscrite à un programme d\u2019études ; les éléments de preuve pertinents requis au titre du paragraphe 16(1) de '
  'la LIPR n\u2019ont pas été fournis.</li><li>Vous n\u2019avez pas démontré que vous disposez de ressources '
  'financières suffisantes pour acquitter vos frais de scolarité et subvenir à vos besoins (article 220 du RIPR).</li>'
  '</ul>' + P('Vous pouvez demander le rétablissement de votre statut dans les 90 jours qui suivent la date de la '
              'présente lettre. À défaut, vous devrez quitter le Canada.') + P('Agent 5520'),
  1, 'none', date=None, app='S312440098', uci='1144902281', permit='study-permit', loc='inside-canada',
  grounds={'documents.not-provided': [], 'insufficient-funds': []}, rest=True, leave=True, layout='in-canada',
  notes='No date printed (so no computable deadline). In-Canada SP extension with bullets.')

D('g5-35', 'en',
  LH('en', ['IRCC Domestic Network', 'Edmonton, Alberta']) +
  M(['Jul. 19, 2023', ('Application:', 'S311790034'), ('UCI:', '1128-0471')]) +
  P('Dear Mr. Adeyemi,', 'Your application to restore your status as a student and for a study permit is refused.',
    'You have not demonstrated that you have sufficient and available financial resources, without working in Canada, '
    'to pay the tuition fees for your course and to maintain yourself during your studies, as required by section 220 '
    'of the IRPR.', 'Because the application refused was itself an application for restoration, restoration is no '
    'longer available to you. You have no status in Canada and must leave Canada immediately.') + P('Officer 88B'),
  1, 'none', date='2023-07-19', app='S311790034', uci='11280471', permit='study-permit', loc='inside-canada',
  grounds={'insufficient-funds': []}, rest=False, leave=True, layout='in-canada',
  notes='Refused restoration: restoration not available; must leave.')

D('g5-36', 'fr',
  LH('fr', ['Centre de traitement des demandes de Vegreville']) +
  M(['Le 28 août 2024', ('Demande :', 'W312001456'), ('IUC :', '1140-3327')]) +
  P('Monsieur Rakotomalala,', 'La présente concerne votre demande de prolongation de permis de travail. Votre demande, '
    'telle que présentée, est refusée.', 'L\u2019EIMT jointe à votre demande a été délivrée pour un poste de '
    'cuisinier à Sherbrooke, alors que vous demandez un permis pour travailler comme boucher à Granby. Vous ne '
    'détenez donc pas d\u2019EIMT positive valide pour l\u2019emploi visé.',
    'Votre statut de travailleur demeure valide jusqu\u2019au 30 septembre 2024, date d\u2019expiration de votre '
    'permis actuel. Vous n\u2019avez pas à quitter le Canada avant cette date.') + P('Agente 2208'),
  1, 'photo', date='2024-08-28', app='W312001456', uci='11403327', permit='work-permit', loc='inside-canada',
  grounds={'job-offer.lmia': []}, rest=None, leave=False, layout='in-canada', ext='jpg',
  notes='Extension refused while current permit still valid: keeps status, no must-leave. Phone photo JPEG.')

n37 = ['PA requests SP extension for a 2-year diploma at a college in Winnipeg.',
       'PFL-style request sent 2025-07-02 for proof of funds and enrolment; enrolment letter received, proof of funds not received.',
       'Bank balance letter of $21,000 on file but no pay stubs or tax documents for the claimed part-time income.',
       'Application refused.']
D('g5-37', 'en',
  LH('en', ['IRCC \u2013 Case Processing Centre', 'Edmonton, AB']) +
  M(['September 15, 2025', ('Application number:', 'S313401188'), ('UCI:', '1137700482')]) +
  P('Dear Ms. Okafor,', 'This letter is about your application to extend your study permit. It has been refused for '
    'the following reasons:') +
  '<ul><li>You did not provide all documents we asked for on July 2, 2025, as subsection 16(1) of the IRPA requires.</li>'
  '<li>You have not shown that you have enough money to pay your tuition and living costs in Canada.</li></ul>' +
  P('If your status has expired, you must leave Canada. You may apply for restoration of your status within 90 days of '
    'the date of this letter.') + P('Officer CPC-E 771') + NP('Officer decision notes', n37),
  2, 'none', date='2025-09-15', app='S313401188', uci='1137700482', permit='study-permit', loc='inside-canada',
  grounds={'documents.not-provided': [], 'insufficient-funds': []}, rest=True, leave=True, layout='in-canada',
  concerns=[('documents.missing', 'documents.not-provided', 'proof of funds not received'),
            ('funds.income-not-documented', 'insufficient-funds',
             'no pay stubs or tax documents for the claimed part-time income')],
  notes='In-Canada SP extension with notes. "If your status has expired, you must leave" labelled mustLeave true (conditional wording): judgement call.')

# ---------------------------------------------------------------- other document kinds
D('g5-38', 'en',
  LH('en', ['Immigration Section', 'High Commission of Canada, New Delhi']) +
  M(['October 1, 2025', ('Application:', 'W313558806'), ('UCI:', '1142-8830')]) +
  P('Dear Gurpreet Singh,', 'Re: Procedural fairness letter \u2013 application for a work permit',
    'I have concerns that you may not meet the requirements of the Immigration and Refugee Protection Act. '
    'Specifically, the employment reference letter from Sharma Motors, Ludhiana, that you submitted could not be '
    'verified: the company told this office that you were never employed there.',
    'If this is confirmed, you may be found inadmissible for misrepresentation under paragraph 40(1)(a) of the Act, '
    'which would bar you from Canada for five years.',
    'You have 30 days from the date of this letter to respond with any additional information or explanation. After '
    'that period a decision will be made on the information on file.') + P('Officer NDL-40'),
  1, 'none', kind='procedural-fairness-letter', date='2025-10-01', app='W313558806', uci='11428830',
  permit='work-permit', loc='outside-canada', layout='sentences',
  concerns=[('credibility.inconsistency', 'misrepresentation',
             'the company told this office that you were never employed there')],
  respond_by='2025-10-31', respond_days=30,
  notes='PFL, not a refusal: no grounds, no JR. respondBy computed as letter date + 30 days (convention).')

D('g5-39', 'fr',
  LH('fr', ['Section de l\u2019immigration', 'Ambassade du Canada au Maroc, Rabat']) +
  M(['Rabat, le 18 septembre 2025', ('N° de demande :', 'S313330019'), ('IUC :', '1138-9015')]) +
  P('Madame El Amrani,', 'Objet : lettre d\u2019équité procédurale', 'L\u2019examen de votre demande de permis '
    'd\u2019études soulève une préoccupation. Votre relevé bancaire montre un dépôt de 180 000 dirhams le 3 août 2025, '
    'dont l\u2019origine n\u2019est pas expliquée.', 'Vous pouvez fournir des explications et des documents à ce '
    'sujet au plus tard le 15 octobre 2025. Passé ce délai, une décision sera prise selon les renseignements au dossier.') +
  P('L\u2019agente d\u2019immigration'),
  1, 'scan-150dpi', kind='procedural-fairness-letter', date='2025-09-18', app='S313330019', uci='11389015',
  permit='study-permit', loc='outside-canada', layout='sentences',
  concerns=[('funds.unexplained-deposit', 'insufficient-funds',
             'un dépôt de 180 000 dirhams le 3 août 2025, dont l\u2019origine n\u2019est pas expliquée')],
  respond_by='2025-10-15', respond_days=None, notes='French PFL with a printed response date.')

D('g5-40', 'en',
  LH('en', ['Immigration Section', 'Embassy of Canada, Manila']) +
  M(['July 7, 2024', ('Application number:', 'S312223390'), ('UCI:', '1136-6602')]) +
  P('Dear Jasmine Reyes,', 'Port of Entry Letter of Introduction',
    'I am pleased to inform you that your application for a study permit has been approved. This letter is not your '
    'study permit. Please present it, with your passport, to the border services officer when you arrive in Canada.',
    'Your permit will be issued at the port of entry if you continue to meet the requirements of the Act.') +
  P('Immigration Section'),
  1, 'none', kind='approval-letter', date='2024-07-07', app='S312223390', uci='11366602', permit='study-permit',
  loc='outside-canada', layout='unknown', notes='Approval letter: no grounds, no deadlines.')

D('g5-41', 'fr',
  LH('fr', ['Section des visas', 'Ambassade du Canada en Côte d\u2019Ivoire, Abidjan']) +
  M(['Le 4 mars 2025', ('Numéro de demande :', 'V312880051'), ('IUC :', '1129-4076')]) +
  P('Monsieur Koné,', 'Objet : demande de documents supplémentaires', 'Afin de poursuivre l\u2019examen de votre '
    'demande de visa de résident temporaire, veuillez nous transmettre les documents suivants :') +
  '<ul><li>une preuve de votre statut d\u2019immigrant dans votre pays de résidence ;</li><li>vos relevés bancaires '
  'des six derniers mois ;</li><li>une lettre de votre employeur précisant votre poste et votre salaire.</li></ul>' +
  P('Vous devez fournir ces documents dans les 30 jours suivant la date de la présente lettre. Faute de quoi, votre '
    'demande sera évaluée selon les renseignements au dossier.') + P('Section des visas'),
  1, 'none', kind='other', date='2025-03-04', app='V312880051', uci='11294076', permit='visitor-visa',
  loc='outside-canada', layout='unknown', respond_by='2025-04-03', respond_days=30,
  notes='Request for documents: names immigration status, bank statements, employment, but these are requests, not '
        'findings. respondBy computed.')

gc42 = ['<b>APPLICATION</b><br>Application No: W313117702 &nbsp; UCI: 1134-5520 &nbsp; Category: Worker<br>'
        'Created Date: 2025-05-02 &nbsp; Primary Office: New Delhi &nbsp; App Status: Closed &nbsp; Status Reason: Refused',
        '<b>ASSESSMENTS</b><br>Eligibility: Failed<br>Security: Passed<br>Criminality: Passed<br>Medical: Not Started<br>'
        'Misrepresentation: Passed<br>Other Reqs: Not Started',
        '<b>CLIENT DETAILS</b><br>Family name: SANDHU &nbsp; Given name: MANDEEP<br>Date of birth: 1996-04-11 &nbsp; '
        'Citizenship: India &nbsp; Marital status: Single']
gc42b = ['<b>FINALIZE APPLICATION</b><br>Refusal Grounds: R200(1)(b)<br>Final Decision: Refused &nbsp; Decision Date: 2025-06-19',
         '<b>CORRESPONDENCE</b><br>2025-06-19 Refusal letter generated (System)',
         '<b>NOTES</b>',
         '2025-06-19 &nbsp; NDL-7781 &nbsp; Eligibility<br>PA 29 y.o. single, no dependants, applying for WP as farm worker. '
         'Only a balance certificate was provided, no statement showing account activity. PA was refused a US visa in '
         '2023 and a Canadian TRV in 2024. Weighing the factors in this application, I am not satisfied that the applicant '
         'will depart Canada at the end of the period authorized for their stay. Refused.',
         '2025-05-02 &nbsp; System &nbsp; Application received']
D('g5-42', 'en',
  '<p class="small">Disclosed under the Privacy Act &mdash; Page 1 of 3</p>' + ''.join('<p>%s</p>' % x for x in gc42) +
  '<div class="pb"><p class="small">W313117702 / 1134-5520 &mdash; Page 2 of 3</p>' +
  ''.join('<p>%s</p>' % x for x in gc42b) + '</div>' +
  '<div class="pb"><p class="small">W313117702 / 1134-5520 &mdash; Page 3 of 3</p><p><b>EDOCS</b><br>Passport.pdf<br>'
  'Bank balance certificate.pdf<br>Job offer.pdf</p><p>s.19(1)</p></div>',
  3, 'tiff-multipage-200dpi', kind='gcms-notes', date=None, app='W313117702', uci='11345520', permit='work-permit',
  loc='outside-canada', layout='unknown', ext='tif',
  concerns=[('ties.no-dependants', 'will-not-leave', 'single, no dependants'),
            ('funds.transaction-history', 'will-not-leave',
             'Only a balance certificate was provided, no statement showing account activity.'),
            ('travel.previous-refusal', 'will-not-leave',
             'PA was refused a US visa in 2023 and a Canadian TRV in 2024.')],
  notes='GCMS printout (3 pages) as a multipage G4 TIFF. Not a refusal letter: no grounds, no JR. letter.date null '
        '(printout has decision date 2025-06-19, not a letter date). Refusal ground R200(1)(b) names no factor, so '
        'concerns are linked to the umbrella will-not-leave. Assessment statuses are not concerns.')

gc43 = ['<b>APPLICATION</b><br>Application No: V312664450 &nbsp; UCI: 11-2987-6610 &nbsp; Category: Visitor<br>'
        'Primary Office: Ankara &nbsp; Status: Finalized &nbsp; Status Reason: Refused<br>Refusal Grounds: R179(b)',
        '<b>NOTES</b>',
        '2025-02-11 &nbsp; ANK-3302<br>PA WISHES TO VISIT BROTHER IN TORONTO FOR 3 MONTHS. PA HAS BEEN OUT OF WORK SINCE '
        '2024. NO PROPERTY OR SAVINGS OF HIS OWN, FUNDS SHOWN BELONG TO BROTHER. ON BALANCE NOT SATISFIED PA IS A BF '
        'VISITOR. REFUSED R179(B).']
D('g5-43', 'en',
  '<p class="small">GCMS &mdash; Page 1 of 2</p>' + ''.join('<p>%s</p>' % x for x in gc43) +
  '<div class="pb"><p class="small">V312664450 &mdash; Page 2 of 2</p><p><b>HISTORY</b><br>2025-02-11 Final decision '
  'updated (System)<br>2025-02-11 Refusal letter generated (System)</p></div>',
  2, 'scan-150dpi', kind='gcms-notes', date=None, app='V312664450', uci='1129876610', permit='visitor-visa',
  loc='outside-canada', layout='unknown',
  concerns=[('employment.unemployed', 'will-not-leave', 'PA HAS BEEN OUT OF WORK SINCE 2024.'),
            ('ties.limited-assets', 'will-not-leave', 'NO PROPERTY OR SAVINGS OF HIS OWN'),
            ('funds.third-party-support', 'will-not-leave', 'FUNDS SHOWN BELONG TO BROTHER')],
  source='adapted from https://taxinterpretations.com/content/424450 (Rudder 2009 FC 689 terse notes style)',
  notes='All-capitals CAIPS-style note inside a short GCMS printout. "visit brother" is neutral. Judgement: "funds '
        'shown belong to brother" labelled funds.third-party-support; ground linked to umbrella will-not-leave (R179(b)).')

D('g5-44', 'en',
  '<p><b>Officer decision notes</b></p><p class="small">Application: V313661120 &nbsp; UCI: 1145-0072</p>'
  '<div class="notes"><p>Applicant is a 42 y.o. citizen of Colombia applying to attend a cousin\'s wedding in '
  'Vancouver.</p><p>Applicant has never travelled abroad.</p><p>Applicant states she is self-employed but no business '
  'registration or tax records were provided; she does not appear to be currently working.</p><p>No assets in her '
  'name were declared.</p><p>I am not satisfied that the applicant will depart Canada at the end of the period '
  'authorized for their stay. Refused under R179(b).</p></div>',
  1, 'photo', kind='gcms-notes', date=None, app='V313661120', uci='11450072', permit='visitor-visa',
  loc='unknown', layout='unknown', ext='png',
  concerns=[('travel.none', 'will-not-leave', 'Applicant has never travelled abroad.'),
            ('employment.unemployed', 'will-not-leave', 'she does not appear to be currently working'),
            ('ties.limited-assets', 'will-not-leave', 'No assets in her name were declared.')],
  notes='Notes page whose letter page was lost (photo). documentKind gcms-notes is a judgement call (decision notes alone, '
        'no letter). No office shown: location unknown. Self-employment without records could also be funds.income-not-documented; '
        'labelled only the unemployment reading.')

D('g5-45', 'fr',
  '<p><b>Notes de décision de l\u2019agent</b></p><p class="small">Demande : S313774401 &nbsp; IUC : 11-4601-8823</p>'
  '<div class="notes"><p>La demanderesse souhaite étudier en gestion hôtelière à Québec.</p><p>Le plan d\u2019études '
  'est vague et n\u2019explique pas pourquoi ce programme serait utile à sa carrière au Cameroun.</p><p>Les fonds '
  'démontrés ne couvrent pas les droits de scolarité de la première année et les frais de subsistance.</p><p>Je ne suis '
  'pas convaincu que la demanderesse quittera le Canada à la fin de son séjour. Demande refusée.</p></div>',
  1, 'none', kind='gcms-notes', date=None, app='S313774401', uci='1146018823', permit='study-permit',
  loc='unknown', layout='unknown',
  concerns=[('purpose.study-plan-weak', 'will-not-leave',
             'Le plan d\u2019études est vague et n\u2019explique pas pourquoi ce programme serait utile à sa carrière au Cameroun.'),
            ('funds.insufficient', 'insufficient-funds',
             'Les fonds démontrés ne couvrent pas les droits de scolarité de la première année et les frais de subsistance.')],
  notes='French notes page alone. Funds concern linked to insufficient-funds (default), purpose concern to umbrella.')

n16 = ['Les demandeurs, un couple de retraités, souhaitent rendre visite à leur fille à Gatineau pendant six mois.',
       'Leurs deux enfants vivent au Canada et aucun autre membre de la famille proche ne réside en Haïti.',
       'Pension mensuelle de 9 500 HTG ; les fonds présentés ne suffisent pas à couvrir le billet et le séjour prévu.',
       'Tout bien considéré, je ne suis pas convaincu que les demandeurs quitteront le Canada. Refus.']
D('g5-16', 'fr',
  LH('fr', ['Section des visas', 'Ambassade du Canada en Haïti, Port-au-Prince']) +
  M(['Port-au-Prince, le 27 août 2025', ('Numéro de demande :', 'V313115590'), ('IUC :', '1125-8890')]) +
  P('Monsieur et Madame Joseph,', 'Après avoir étudié votre demande de visa de résident temporaire, je suis arrivé à la '
    'conclusion qu\u2019elle ne répond pas aux exigences de la Loi et du Règlement, pour les motifs suivants :') +
  '<ul><li>Je ne suis pas convaincu que vous disposiez de fonds suffisants pour la durée du séjour envisagé.</li>'
  '<li>Je ne suis pas convaincu que vous retourniez dans votre pays à la fin de votre séjour, comme l\u2019exige '
  'l\u2019alinéa 179b) du RIPR, vu vos attaches familiales au Canada et en Haïti.</li></ul>' + CL_FR +
  P('Agent des visas') + NP('Notes de l\u2019agent', n16),
  2, 'none', date='2025-08-27', app='V313115590', uci='11258890', permit='visitor-visa', loc='outside-canada',
  grounds={'insufficient-funds': [], 'will-not-leave': ['will-not-leave.family-ties']}, layout='nested',
  concerns=[('ties.family-in-canada', 'will-not-leave.family-ties', 'Leurs deux enfants vivent au Canada'),
            ('funds.insufficient', 'insufficient-funds',
             'les fonds présentés ne suffisent pas à couvrir le billet et le séjour prévu')],
  notes='Parents TRV; subjunctive "disposiez", "retourniez" (return instead of leave), "vu vos attaches". Both grounds '
        'in bullets; notes in French.')

D('g5-26', 'fr',
  LH('fr', ['IRCC \u2013 Réseau national', 'Montréal (Québec)']) +
  M(['2024-10-09', ('Numéro de demande :', 'W312550017'), ('IUC :', '1121-5504')]) +
  P('Madame Diop,', 'La présente fait suite à votre demande de permis de travail ouvert transitoire (PTOT). Votre demande '
    'est refusée.', 'Un PTOT peut être délivré lorsque la demande de résidence permanente a été jugée complète et que '
    'le demandeur est titulaire d\u2019un statut valide au moment de la demande. Or, votre demande de résidence '
    'permanente au titre du Programme des travailleurs qualifiés (fédéral) n\u2019avait pas franchi l\u2019étape de la '
    'vérification de l\u2019exhaustivité lorsque vous avez présenté votre demande. Vous ne répondez donc pas aux '
    'exigences de cette catégorie.', 'Votre statut a expiré le 30 septembre 2024. Vous pouvez présenter une demande de '
    'rétablissement dans les 90 jours suivant la perte de votre statut ; sinon, vous devez quitter le Canada.') +
  P('Agent 3091'),
  1, 'scan-200dpi', date='2024-10-09', app='W312550017', uci='11215504', permit='work-permit', loc='inside-canada',
  grounds={'category-eligibility': []}, category='bridging open work permit', rest=True, leave=True, layout='in-canada',
  notes='French BOWP (PTOT); failed condition = PR completeness check. Restoration available, else must leave.')
