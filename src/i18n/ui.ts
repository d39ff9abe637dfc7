// Ui messages by id, English and Welsh; placeholders are `{name}`.
import type { Catalogue } from './index';

export const uiEn: Catalogue = {};

export const uiCy: Catalogue = {};
