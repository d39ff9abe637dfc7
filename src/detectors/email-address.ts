// EMAIL_ADDRESS: an email address (local part @ domain with a letter top-level domain).
import type { Detector } from './types';

/** Template addresses from guidance and letterheads, not a person's. */
const TEMPLATE_LOCAL_PARTS = new Set([
  'firstname.lastname',
  'firstname.surname',
  'first.last',
  'forename.surname',
  'name.surname',
  'your.name',
  'yourname',
  'username',
  'user.name',
  'someone',
]);

/** File extensions that follow `@2x`-style suffixes in file names. */
const FILE_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'bmp',
  'tif',
  'tiff',
  'ico',
  'pdf',
  'txt',
  'csv',
]);

export const detector: Detector = {
  meta: {
    id: 'email-address',
    entityType: 'EMAIL_ADDRESS',
    description: 'An email address',
    clause: '003_c86f3bbf0626c1ee.txt 4.2.4',
  },
  patterns: [
    {
      name: 'email',
      regex: /[\w.%+-]{1,64}@[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){1,8}/gi,
      score: 0.75,
    },
  ],
  context: ['email', 'e-mail', 'email address', 'e-mail address', 'mailto', 'contact', 'write to'],
  anchor: '@',
  validate: (value) => {
    const at = value.indexOf('@');
    const local = value.slice(0, at);
    const labels = value.slice(at + 1).split('.');
    if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
    if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) return false;
    return /^[a-z]{2,24}$/i.test(labels[labels.length - 1] ?? '');
  },
  invalidate: (value) => {
    const at = value.indexOf('@');
    const local = value.slice(0, at).toLowerCase();
    const labels = value
      .slice(at + 1)
      .toLowerCase()
      .split('.');
    // `logo@2x.png`: an image name with a pixel-density suffix, not an address.
    const fileName = labels.length === 2 && FILE_EXTENSIONS.has(labels[1] ?? '');
    return fileName || TEMPLATE_LOCAL_PARTS.has(local) || /^x+$/.test(local);
  },
};
