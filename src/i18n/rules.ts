// Rules messages by id, English and Welsh; placeholders are `{name}`.
import type { Catalogue } from './index';

export const rulesEn: Catalogue = {};

export const rulesCy: Catalogue = {};
