import type { HttpBodyMatch } from './types';

/** Returns why the body fails the match, or undefined when it passes. */
export type BodyCheck = (body: Buffer) => string | undefined;

const REGEX_CACHE_LIMIT = 1000;
const regexCache = new Map<string, RegExp>();

/** Throws on an invalid regex, so a broken config is reported before any traffic is sent. */
export function compileBodyCheck(match: HttpBodyMatch): BodyCheck {
  const wantPresent = (match.expect ?? 'present') === 'present';
  const label = match.type === 'keyword' ? `keyword "${match.pattern}"` : `regex /${match.pattern}/${match.flags ?? ''}`;
  const isPresent = match.type === 'keyword' ? keywordSearch(match.pattern) : regexSearch(cachedRegex(match.pattern, match.flags));
  return (body) => {
    if (isPresent(body) === wantPresent) return undefined;
    return wantPresent ? `${label} not found in the body` : `${label} found in the body but should be absent`;
  };
}

function keywordSearch(keyword: string): (body: Buffer) => boolean {
  // Searching the raw bytes spares decoding the whole body to a string.
  const needle = Buffer.from(keyword, 'utf8');
  return (body) => body.indexOf(needle) !== -1;
}

function regexSearch(regex: RegExp): (body: Buffer) => boolean {
  return (body) => regex.test(body.toString('utf8'));
}

function cachedRegex(pattern: string, flags = ''): RegExp {
  const key = `${flags}/${pattern}`;
  let regex = regexCache.get(key);
  if (!regex) {
    // "g" and "y" would make test() stateful through lastIndex, and the regex is shared across runs.
    regex = new RegExp(pattern, flags.replace(/[gy]/g, ''));
    if (regexCache.size >= REGEX_CACHE_LIMIT) regexCache.delete(regexCache.keys().next().value!);
    regexCache.set(key, regex);
  }
  return regex;
}
