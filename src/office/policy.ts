// Policy delivery: the embedded policy, `policy.json` fetched beside the add-in at compose time, cached in OfficeRuntime.storage.
import { defaultPolicy } from '../policy/default';
import { parsePolicy } from '../policy/load';
import type { Policy } from '../policy/schema';
import { runtimeStorage } from './host';
import { POLICY_STORAGE_KEY } from './names';

declare const SENDGUARD_BASE_URL: string | undefined;
declare const SENDGUARD_EMBEDDED_POLICY: string | undefined;

/** The HTTPS origin (and path) the add-in is served from, fixed at build time. */
export function addinBaseUrl(): string {
  const url =
    typeof SENDGUARD_BASE_URL === 'string' ? SENDGUARD_BASE_URL : 'https://localhost:3000';
  return url.replace(/\/+$/, '');
}

/** The absolute URL of `policy.json` (relative URLs do not work in the event runtime). */
export function policyUrl(): string {
  return `${addinBaseUrl()}/policy.json`;
}

/** The policy built into the bundle: a council's policy given at build time (validated by the build), else the default. */
export function embeddedPolicy(): Policy {
  if (typeof SENDGUARD_EMBEDDED_POLICY === 'string') {
    try {
      const parsed = parsePolicy(JSON.parse(SENDGUARD_EMBEDDED_POLICY) as unknown);
      if (parsed.ok) return parsed.policy;
    } catch {
      // The build validated it; an unreadable copy falls back to the default.
    }
  }
  return defaultPolicy;
}

export type PolicySource = 'cache' | 'embedded';

/** Time the cached policy may take to come out of OfficeRuntime.storage before the embedded one is used. */
export const POLICY_CACHE_TIMEOUT_MS = 1000;

async function cachedPolicy(): Promise<Policy | undefined> {
  const storage = runtimeStorage();
  if (storage === undefined) return undefined;
  try {
    const text = await storage.getItem(POLICY_STORAGE_KEY);
    if (text === null) return undefined;
    const parsed = parsePolicy(JSON.parse(text) as unknown);
    return parsed.ok ? parsed.policy : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The policy for a check: the cached `policy.json` when it is valid and arrives within
 * `POLICY_CACHE_TIMEOUT_MS`, else the embedded one. Never the network; never rejects.
 */
export function loadPolicy(): Promise<{ policy: Policy; source: PolicySource }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), POLICY_CACHE_TIMEOUT_MS);
  });
  return Promise.race([cachedPolicy(), timeout]).then((policy) => {
    clearTimeout(timer);
    return policy !== undefined
      ? { policy, source: 'cache' as const }
      : { policy: embeddedPolicy(), source: 'embedded' as const };
  });
}

export type RefreshResult =
  | { status: 'updated'; version: string }
  | { status: 'unchanged'; version: string }
  | { status: 'failed'; problem: string };

type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/**
 * Fetches `policy.json` from the add-in's origin within `timeoutMs`, validates it with `parsePolicy`
 * and caches the text in OfficeRuntime.storage. A missing, slow or invalid file leaves the cache as it was.
 */
export function refreshPolicy(timeoutMs: number, fetcher?: Fetcher): Promise<RefreshResult> {
  const doFetch: Fetcher | undefined =
    fetcher ??
    (typeof fetch === 'function' ? (url) => fetch(url, { cache: 'no-cache' }) : undefined);
  if (doFetch === undefined)
    return Promise.resolve({ status: 'failed', problem: 'fetch is not available' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<RefreshResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: 'failed', problem: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const work = (async (): Promise<RefreshResult> => {
    const response = await doFetch(policyUrl());
    if (!response.ok) return { status: 'failed', problem: `HTTP ${response.status}` };
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      return { status: 'failed', problem: 'policy.json is not JSON' };
    }
    const parsed = parsePolicy(json);
    if (!parsed.ok)
      return {
        status: 'failed',
        problem: `policy.json is not valid: ${parsed.errors.slice(0, 3).join('; ')}`,
      };
    const storage = runtimeStorage();
    if (storage === undefined)
      return { status: 'failed', problem: 'OfficeRuntime.storage is not available' };
    const previous = await storage.getItem(POLICY_STORAGE_KEY);
    if (previous === text) return { status: 'unchanged', version: parsed.policy.version };
    await storage.setItem(POLICY_STORAGE_KEY, text);
    return { status: 'updated', version: parsed.policy.version };
  })().catch((error: unknown): RefreshResult => ({
    status: 'failed',
    problem: error instanceof Error ? error.message : 'fetch failed',
  }));
  return Promise.race([work, timeout]).then((result) => {
    clearTimeout(timer);
    return result;
  });
}
