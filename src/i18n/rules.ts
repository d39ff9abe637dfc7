// Rules messages by id, English and Welsh; placeholders are `{name}`.
import type { Catalogue } from './index';

export const rulesEn: Catalogue = {
  'rules.title.attachment-unscanned': 'Attachment not checked',
  'rules.title.audience-not-cleared': 'Recipient not cleared for this label',
  'rules.title.bulk-visible-recipients': 'Many recipients can see each other',
  'rules.title.confidential-thread': 'Confidential thread',
  'rules.title.credential-in-mail': 'Password in the message',
  'rules.title.encryption-required': 'Encryption needed',
  'rules.title.external-recipients': 'Recipients outside the council',
  'rules.title.internal-only-content': 'Internal-only content',
  'rules.title.label-downgrade': 'Label lowered',
  'rules.title.lookalike-domain': 'Lookalike address',
  'rules.title.media-recipients': 'Writing to the media',
  'rules.title.reply-all': 'Reply to all',
  'rules.title.sensitive-needs-label': 'Label needed',

  'rules.location.subject': 'the subject',
  'rules.location.body': 'the body',
  'rules.location.attachment': 'attachment {name}',
  'rules.location.original-subject': 'the subject of the message you are answering',

  'rules.type.NHS_NUMBER': 'NHS number',
  'rules.type.UK_NINO': 'National Insurance number',
  'rules.type.PAYMENT_CARD': 'payment card number',
  'rules.type.UK_BANK_ACCOUNT': 'bank account details',
  'rules.type.IBAN': 'IBAN',
  'rules.type.UK_PASSPORT': 'passport number',
  'rules.type.UK_DRIVING_LICENCE': 'driving licence number',
  'rules.type.DATE_OF_BIRTH': 'date of birth',
  'rules.type.EMAIL_ADDRESS': 'email address',
  'rules.type.UK_PHONE': 'phone number',
  'rules.type.UK_POSTCODE': 'postcode',
  'rules.type.IP_ADDRESS': 'IP address',
  'rules.type.CREDENTIAL': 'password or secret',
  'rules.type.SPECIAL_CATEGORY_HEALTH': 'health information',
  'rules.type.SPECIAL_CATEGORY_OTHER': 'special category information',
  'rules.type.CRIMINAL_OFFENCE': 'criminal offence information',
  'rules.type.SAFEGUARDING': 'safeguarding information',
  'rules.type.COMMERCIAL_CONFIDENTIAL': 'commercially confidential information',

  'sensitive-needs-label.types':
    'This message contains sensitive data ({types}) that needs the label {required}, but it is marked {current}. Apply {required} before sending.',
  'sensitive-needs-label.bulk':
    'This message contains {count} items of personal data, which together need the label {required}, but it is marked {current}. Apply {required} before sending.',
  'audience-not-cleared.recipients':
    'A {label} message must not go to the {audience} audience. Remove: {recipients}.',
  'encryption-required.recipients':
    'A {label} message must be encrypted before it goes to {recipients}. Add {token} to the subject.',
  'confidential-thread.added':
    'This thread is marked Confidential and you have added people who were not on the original message: {recipients}. Remove them, or give a reason to send anyway.',
  'label-downgrade.lower':
    'The message you are answering is marked {original}, but yours is marked {current}. Keep the {original} label, or give a reason to send anyway.',
  'lookalike-domain.recipient':
    '{address} may not be who you think: {domain} looks like {lookalikeOf}. Check the address and remove it if it is wrong.',
  'reply-all.internal':
    'You are replying to all {count} recipients. Check that everyone needs this reply.',
  'reply-all.external':
    'You are replying to all {count} recipients, {externalCount} of them outside the council: {external}. Check that everyone needs this reply.',
  'external-recipients.recipients':
    'This message goes outside the council and its approved partners: {recipients}.',
  'bulk-visible-recipients.visible':
    "{count} recipients outside the council will see each other's addresses. Move them to Bcc.",
  'media-recipients.copy-team':
    'Media addresses: {recipients}. Copy the communications team ({team}) when you write to the media.',
  'media-recipients.no-team':
    'Media addresses: {recipients}. Speak to your communications team before you write to the media.',
  'credential-in-mail.found':
    'A password or other secret is written in the message ({locations}). Send it another way, for example by phone.',
  'internal-only-content.marked':
    'Content marked {markers} ({locations}) is going to recipients outside the council: {recipients}.',
  'attachment-unscanned.no-content':
    'Sendguard could not read {attachments} (the content was not available), so it was not checked for sensitive data. Check it yourself before sending.',
  'attachment-unscanned.encrypted':
    '{attachments} is encrypted or password-protected, so it was not checked for sensitive data. Check it yourself before sending.',
  'attachment-unscanned.unsupported-type':
    'Sendguard cannot read this type of file: {attachments}. It was not checked for sensitive data. Check it yourself before sending.',
  'attachment-unscanned.too-large':
    '{attachments} is too large to check for sensitive data. Check it yourself before sending.',
  'attachment-unscanned.too-deep':
    '{attachments} is inside too many archives or attached messages for Sendguard to open, so it was not checked for sensitive data. Check it yourself before sending.',
  'attachment-unscanned.corrupt':
    '{attachments} could not be opened (it may be damaged), so it was not checked for sensitive data. Check it yourself before sending.',
  'engine.checks-failed':
    'Sendguard could not finish some checks ({rules}). Check the message yourself before sending.',
};

export const rulesCy: Catalogue = {
  'rules.title.attachment-unscanned': 'Atodiad heb ei wirio',
  'rules.title.audience-not-cleared': 'Derbynnydd heb ganiatâd i weld y label hwn',
  'rules.title.bulk-visible-recipients': 'Llawer o dderbynwyr yn gweld ei gilydd',
  'rules.title.confidential-thread': 'Edefyn cyfrinachol',
  'rules.title.credential-in-mail': 'Cyfrinair yn y neges',
  'rules.title.encryption-required': 'Angen amgryptio',
  'rules.title.external-recipients': "Derbynwyr y tu allan i'r cyngor",
  'rules.title.internal-only-content': 'Cynnwys mewnol yn unig',
  'rules.title.label-downgrade': "Label wedi'i ostwng",
  'rules.title.lookalike-domain': "Cyfeiriad sy'n dynwared un arall",
  'rules.title.media-recipients': 'Ysgrifennu at y cyfryngau',
  'rules.title.reply-all': 'Ateb pawb',
  'rules.title.sensitive-needs-label': 'Angen label',

  'rules.location.subject': 'y pwnc',
  'rules.location.body': 'corff y neges',
  'rules.location.attachment': 'yr atodiad {name}',
  'rules.location.original-subject': "pwnc y neges rydych chi'n ei hateb",

  'rules.type.NHS_NUMBER': 'rhif GIG',
  'rules.type.UK_NINO': 'rhif Yswiriant Gwladol',
  'rules.type.PAYMENT_CARD': 'rhif cerdyn talu',
  'rules.type.UK_BANK_ACCOUNT': 'manylion cyfrif banc',
  'rules.type.IBAN': 'IBAN',
  'rules.type.UK_PASSPORT': 'rhif pasbort',
  'rules.type.UK_DRIVING_LICENCE': 'rhif trwydded yrru',
  'rules.type.DATE_OF_BIRTH': 'dyddiad geni',
  'rules.type.EMAIL_ADDRESS': 'cyfeiriad e-bost',
  'rules.type.UK_PHONE': 'rhif ffôn',
  'rules.type.UK_POSTCODE': 'cod post',
  'rules.type.IP_ADDRESS': 'cyfeiriad IP',
  'rules.type.CREDENTIAL': 'cyfrinair neu gyfrinach',
  'rules.type.SPECIAL_CATEGORY_HEALTH': 'gwybodaeth am iechyd',
  'rules.type.SPECIAL_CATEGORY_OTHER': 'gwybodaeth categori arbennig',
  'rules.type.CRIMINAL_OFFENCE': 'gwybodaeth am droseddau',
  'rules.type.SAFEGUARDING': 'gwybodaeth diogelu',
  'rules.type.COMMERCIAL_CONFIDENTIAL': 'gwybodaeth fasnachol gyfrinachol',

  'sensitive-needs-label.types':
    "Mae'r neges hon yn cynnwys data sensitif ({types}) sydd angen y label {required}, ond mae wedi'i marcio'n {current}. Rhowch y label {required} arni cyn ei hanfon.",
  'sensitive-needs-label.bulk':
    "Mae'r neges hon yn cynnwys {count} eitem o ddata personol, sydd gyda'i gilydd angen y label {required}, ond mae wedi'i marcio'n {current}. Rhowch y label {required} arni cyn ei hanfon.",
  'audience-not-cleared.recipients':
    'Ni ddylai neges {label} fynd at y gynulleidfa {audience}. Tynnwch: {recipients}.',
  'encryption-required.recipients':
    'Rhaid amgryptio neges {label} cyn iddi fynd at {recipients}. Ychwanegwch {token} at y pwnc.',
  'confidential-thread.added':
    "Mae'r edefyn hwn wedi'i farcio'n Gyfrinachol ac rydych chi wedi ychwanegu pobl nad oedden nhw ar y neges wreiddiol: {recipients}. Tynnwch nhw, neu rhowch reswm dros anfon beth bynnag.",
  'label-downgrade.lower':
    "Mae'r neges rydych chi'n ei hateb wedi'i marcio'n {original}, ond mae eich neges chi wedi'i marcio'n {current}. Cadwch y label {original}, neu rhowch reswm dros anfon beth bynnag.",
  'lookalike-domain.recipient':
    "Efallai nad {address} yw'r person rydych chi'n ei feddwl: mae {domain} yn edrych fel {lookalikeOf}. Gwiriwch y cyfeiriad a'i dynnu os yw'n anghywir.",
  'reply-all.internal':
    "Rydych chi'n ateb pob un o'r {count} derbynnydd. Gwiriwch fod angen yr ateb hwn ar bawb.",
  'reply-all.external':
    "Rydych chi'n ateb pob un o'r {count} derbynnydd, ac mae {externalCount} ohonyn nhw y tu allan i'r cyngor: {external}. Gwiriwch fod angen yr ateb hwn ar bawb.",
  'external-recipients.recipients':
    "Mae'r neges hon yn mynd y tu allan i'r cyngor a'i bartneriaid cymeradwy: {recipients}.",
  'bulk-visible-recipients.visible':
    "Bydd {count} derbynnydd y tu allan i'r cyngor yn gweld cyfeiriadau ei gilydd. Symudwch nhw i Bcc.",
  'media-recipients.copy-team':
    "Cyfeiriadau'r cyfryngau: {recipients}. Copïwch y tîm cyfathrebu ({team}) pan fyddwch chi'n ysgrifennu at y cyfryngau.",
  'media-recipients.no-team':
    "Cyfeiriadau'r cyfryngau: {recipients}. Siaradwch â'ch tîm cyfathrebu cyn i chi ysgrifennu at y cyfryngau.",
  'credential-in-mail.found':
    "Mae cyfrinair neu gyfrinach arall wedi'i ysgrifennu yn y neges ({locations}). Anfonwch ef mewn ffordd arall, er enghraifft dros y ffôn.",
  'internal-only-content.marked':
    "Mae cynnwys wedi'i farcio'n {markers} ({locations}) yn mynd at dderbynwyr y tu allan i'r cyngor: {recipients}.",
  'attachment-unscanned.no-content':
    'Nid oedd Sendguard yn gallu darllen {attachments} (nid oedd y cynnwys ar gael), felly ni chafodd ei wirio am ddata sensitif. Gwiriwch ef eich hun cyn ei anfon.',
  'attachment-unscanned.encrypted':
    "Mae {attachments} wedi'i amgryptio neu wedi'i ddiogelu â chyfrinair, felly ni chafodd ei wirio am ddata sensitif. Gwiriwch ef eich hun cyn ei anfon.",
  'attachment-unscanned.unsupported-type':
    'Nid yw Sendguard yn gallu darllen y math hwn o ffeil: {attachments}. Ni chafodd ei wirio am ddata sensitif. Gwiriwch ef eich hun cyn ei anfon.',
  'attachment-unscanned.too-large':
    "Mae {attachments} yn rhy fawr i'w wirio am ddata sensitif. Gwiriwch ef eich hun cyn ei anfon.",
  'attachment-unscanned.too-deep':
    "Mae {attachments} y tu mewn i ormod o archifau neu negeseuon atodedig i Sendguard ei agor, felly ni chafodd ei wirio am ddata sensitif. Gwiriwch ef eich hun cyn ei anfon.",
  'attachment-unscanned.corrupt':
    "Nid oedd modd agor {attachments} (efallai ei fod wedi'i ddifrodi), felly ni chafodd ei wirio am ddata sensitif. Gwiriwch ef eich hun cyn ei anfon.",
  'engine.checks-failed':
    'Nid oedd Sendguard yn gallu gorffen rhai gwiriadau ({rules}). Gwiriwch y neges eich hun cyn ei hanfon.',
};
