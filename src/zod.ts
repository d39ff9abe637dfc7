// zod's tree-shakable API (zod/mini) with zod's English issue messages: the one zod import of src/.
import { config } from 'zod/mini';
import { en } from 'zod/v4/locales';

config(en());

export * from 'zod/mini';
