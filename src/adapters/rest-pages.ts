/**
 * Every listing ci-recovery pages through by GitHub's `link` header, with Octokit or the light client
 * (rest-light.ts), kept to the API: Octokit's paginate (@octokit/plugin-paginate-rest 14) checks no link, so
 * one on another origin got the token (the auth hook signs every request it sends) and one that loops back
 * was followed for as long as the job ran. Its iterator asks a page only when the loop asks for the next one,
 * so a link checked here, between pages, is refused before any request goes out. Importing this loads no
 * client.
 */
import type { Octokit } from './github.js';

/** The base URL a light client (rest-light.ts) pages under; Octokit's methods carry theirs (`endpoint`). */
export const BASE_URL = Symbol('base URL');

/** A listing's `link` GitHub gave that ci-recovery did not follow: the listing fails rather than end short. */
export class PageRefusedError extends Error {
  override readonly name = 'PageRefusedError';
  /** As a bad answer from upstream: core/api-refusal reads no permission or rate limit into it. */
  readonly status = 502;
  constructor(listing: string, why: string) {
    super(`${listing}: the next page ${why}; it was not asked`);
  }
}

/**
 * The page past a listing's most, refused: the pages before it were read whole, so a caller that can act on
 * part of a listing, knowing it is part, keeps them (listFirst).
 */
export class PageCapError extends PageRefusedError {}

/**
 * The pages of one listing: its pages' URLs, so that a `link` back to one is refused, and how many. Only the
 * origin is ever told of a refused link: the header is GitHub's (or a proxy's) text, not ours to echo.
 */
export class PageGuard {
  private readonly asked = new Set<string>();
  private pages = 1;
  constructor(
    private readonly listing: string,
    private readonly baseUrl: string,
    private readonly maxPages: number,
  ) {}

  /** A page asked (its URL, or the URL its answer came from). */
  seen(url: string | undefined): void {
    if (url) this.asked.add(new URL(url, this.baseUrl).href);
  }

  /**
   * The absolute URL of the page after one whose `link` header is `link` (undefined: it was the last), a
   * relative link joined to the base URL as Octokit joins it (GHES's `/api/v3` kept). Throws a
   * PageRefusedError for a link off the base URL's origin, one to a page asked already, or past `maxPages`.
   */
  next(link: string | undefined): string | undefined {
    const found = /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
    if (found === undefined) return undefined;
    // Octokit's endpoint expands a URI template (`{x}`, `:name`) in what it is handed: what is checked here
    // would not be what it asks.
    if (/[{}]/.test(found) || /:[a-z]\w+/.test(found.replace(/^https?:/i, '')))
      throw this.refuse('is a URI template, not a URL');
    let next: URL;
    try {
      next = new URL(/^http/.test(found) ? found : `${this.baseUrl.replace(/\/$/, '')}${found}`);
    } catch {
      throw this.refuse('is no URL');
    }
    const origin = new URL(this.baseUrl).origin;
    if (next.origin !== origin)
      throw this.refuse(`is on another origin (${next.origin}), not the API's (${origin})`);
    if (this.asked.has(next.href)) throw this.refuse('was asked already: the link loops back');
    if (this.pages >= this.maxPages)
      throw new PageCapError(this.listing, `is past ${this.maxPages} pages, this listing's most`);
    this.pages++;
    this.asked.add(next.href);
    return next.href;
  }

  private refuse(why: string): PageRefusedError {
    return new PageRefusedError(this.listing, why);
  }
}

/** A listing's name in its errors ("listing the files of pull request #5"), its most pages, its caller's signal. */
export interface PageLimit {
  listing: string;
  maxPages: number;
  signal?: AbortSignal;
}

type Paging = Pick<Octokit, 'paginate'>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any method's parameters
type ListMethod = (params?: any) => Promise<{ data: unknown }>;
type DataOf<M extends ListMethod> = Awaited<ReturnType<M>>['data'];
/** A page's items: the array, or the one array of a `{ total_count, jobs: [...] }` answer. */
export type ItemOf<M extends ListMethod> =
  DataOf<M> extends (infer I)[]
    ? I
    : DataOf<M> extends Record<string, infer V>
      ? V extends (infer I)[]
        ? I
        : never
      : never;
interface Page {
  url?: string;
  headers: { link?: string };
  data: unknown[];
}

/** The base URL `method` asks under: the light client's, or the one in the Octokit method's defaults. */
function baseUrlOf(client: Paging, method: ListMethod): string {
  const light = (client as { [BASE_URL]?: unknown })[BASE_URL];
  if (typeof light === 'string') return light;
  const octokit = (method as { endpoint?: { DEFAULTS?: { baseUrl?: unknown } } }).endpoint?.DEFAULTS?.baseUrl;
  if (typeof octokit === 'string') return octokit;
  throw new TypeError('pages: a method with no base URL');
}

/**
 * The pages of `method`'s listing, one array of items each, through the client's own paginate (its retries,
 * rate-limit waits and each page's time limit), every `link` checked by a PageGuard before it is asked.
 * `limit.signal` goes with every page: Octokit's iterator hands each page's request only its method, URL
 * and headers, so the signal is put back by the method it calls.
 */
export async function* listPages<M extends ListMethod>(
  client: Paging,
  method: M,
  params: Parameters<M>[0],
  limit: PageLimit,
): AsyncGenerator<ItemOf<M>[]> {
  const guard = new PageGuard(limit.listing, baseUrlOf(client, method), limit.maxPages);
  const { signal } = limit;
  const signed = (o: { request?: object } = {}) => ({ ...o, request: { ...o.request, signal } });
  // Object.assign keeps what paginate reads of a method: Octokit's `endpoint`, the light client's route.
  const asked = signal ? Object.assign((o?: { request?: object }) => method(signed(o)), method) : method;
  const pages = client.paginate.iterator(
    asked as never,
    (signal ? signed(params as { request?: object }) : params) as never,
  ) as AsyncIterable<Page>;
  for await (const page of pages) {
    guard.seen(page.url);
    yield page.data as ItemOf<M>[];
    guard.next(page.headers.link);
  }
}

/** Every item of `method`'s listing (listPages), in order. */
export async function listAll<M extends ListMethod>(
  client: Paging,
  method: M,
  params: Parameters<M>[0],
  limit: PageLimit,
): Promise<ItemOf<M>[]> {
  const items: ItemOf<M>[] = [];
  for await (const page of listPages(client, method, params, limit)) items.push(...page);
  return items;
}

/**
 * The items of a listing's first `limit.maxPages` pages, and whether it goes on past them (its next page, its
 * link checked as any other, not asked). Any other refusal or error fails the listing, as listAll does.
 */
export async function listFirst<M extends ListMethod>(
  client: Paging,
  method: M,
  params: Parameters<M>[0],
  limit: PageLimit,
): Promise<{ items: ItemOf<M>[]; more: boolean }> {
  const items: ItemOf<M>[] = [];
  try {
    for await (const page of listPages(client, method, params, limit)) items.push(...page);
  } catch (error) {
    if (error instanceof PageCapError) return { items, more: true };
    throw error;
  }
  return { items, more: false };
}
