// Office messages by id, English and Welsh; placeholders are `{name}`.
import type { Catalogue } from './index';

export const officeEn: Catalogue = {
  'office.send.block.intro': 'Sendguard stopped this message:',
  'office.send.warn.intro': 'Sendguard: please check before sending:',
  'office.send.block.outro': 'Select Fix to open Sendguard and put it right.',
  'office.send.warn.outro': 'Select Send Anyway to send it as it is, or Fix to change it.',
  'office.send.more': '…and {count} more in the Sendguard pane.',
  'office.send.fix': 'Fix',
  'office.send.failure.warn':
    'Sendguard could not check this message. Check the recipients, the label and any personal information before you send.',
  'office.send.failure.block':
    "Sendguard could not check this message, and your council's policy stops mail it cannot check. Try again in a moment, or contact the IT service desk.",
  'office.hint.external': 'Outside the council: {count} recipients ({domains}).',
  'office.hint.external.one': 'Outside the council: 1 recipient ({domains}).',
  'office.hint.lookalike':
    'Check {address}: {domain} looks like {lookalikeOf} but is a different address.',
};

export const officeCy: Catalogue = {
  'office.send.block.intro': 'Mae Sendguard wedi atal y neges hon:',
  'office.send.warn.intro': 'Sendguard: gwiriwch cyn anfon:',
  'office.send.block.outro': "Dewiswch Trwsio i agor Sendguard a'i chywiro.",
  'office.send.warn.outro':
    "Dewiswch Anfon Beth Bynnag i'w hanfon fel y mae, neu Trwsio i'w newid.",
  'office.send.more': '…a {count} arall ym mhaen Sendguard.',
  'office.send.fix': 'Trwsio',
  'office.send.failure.warn':
    "Nid oedd Sendguard yn gallu gwirio'r neges hon. Gwiriwch y derbynwyr, y label ac unrhyw wybodaeth bersonol cyn anfon.",
  'office.send.failure.block':
    "Nid oedd Sendguard yn gallu gwirio'r neges hon, ac mae polisi eich cyngor yn atal post na all ei wirio. Rhowch gynnig arall arni mewn munud, neu cysylltwch â desg gwasanaeth TG.",
  'office.hint.external': "Y tu allan i'r cyngor: {count} derbynnydd ({domains}).",
  'office.hint.external.one': "Y tu allan i'r cyngor: 1 derbynnydd ({domains}).",
  'office.hint.lookalike':
    "Gwiriwch {address}: mae {domain} yn edrych fel {lookalikeOf} ond mae'n gyfeiriad gwahanol.",
};
