// Office messages by id, English and Welsh; placeholders are `{name}`.
import type { Catalogue } from './index';

export const officeEn: Catalogue = {};

export const officeCy: Catalogue = {};
