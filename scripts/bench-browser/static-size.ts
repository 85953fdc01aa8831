/**
 * Figure 4 from the build output alone: the bytes (gzip) injected into every page (the
 * manifest's content scripts and styles), and what could load only when an overlay is shown
 * (the web-accessible resources: pages and every script and style they load, followed through
 * HTML tags and relative ES imports). Nothing here names a build file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A set of build files and their sizes. */
export interface FileSet {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** Both halves of figure 4. */
export interface InjectedSizes {
  everyPage: FileSet;
  onOverlay: FileSet;
}

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  web_accessible_resources?: Array<string | { resources?: string[] }>;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

function globToRegExp(glob: string): RegExp {
  const parts = glob
    .replace(/^\//, '')
    .split('**')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'));
  return new RegExp(`^${parts.join('.*')}$`);
}

/** Files a build file loads: HTML script/link tags, CSS imports, JS relative imports. */
function dependencies(build: string, file: string): string[] {
  const text = readFileSync(join(build, file), 'utf8');
  const found: string[] = [];
  if (file.endsWith('.html')) {
    for (const match of text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']/gi))
      found.push(match[1]!);
  } else if (file.endsWith('.js') || file.endsWith('.mjs')) {
    for (const match of text.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["'`]([./][^"'`]+)["'`]/g))
      found.push(match[1]!);
  } else if (file.endsWith('.css')) {
    for (const match of text.matchAll(/@import\s+(?:url\()?["']?([^"')\s]+)/g)) found.push(match[1]!);
  }
  return found
    .filter((ref) => !/^[a-z-]+:/i.test(ref))
    .map((ref) => (ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(file), ref)))
    .map((ref) => ref.split(/[?#]/)[0]!)
    .filter((ref) => existsSync(join(build, ref)));
}

function closure(build: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...dependencies(build, file));
  }
  return [...seen].sort();
}

function measure(build: string, files: string[]): FileSet {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(build, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

/** Figure 4 for the build in `build` (a directory holding manifest.json). */
export function injectedSizes(build: string): InjectedSizes {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Manifest;
  const injected = (manifest.content_scripts ?? []).flatMap((entry) => [
    ...(entry.js ?? []),
    ...(entry.css ?? []),
  ]);
  const everyPage = closure(build, injected);
  const patterns = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.resources ?? [])))
    .map(globToRegExp);
  const files = allFiles(build).map((path) => relative(build, path).split(/[\\/]/).join('/'));
  const accessible = files.filter((file) => patterns.some((pattern) => pattern.test(file)));
  const onOverlay = closure(build, accessible).filter((file) => !everyPage.includes(file));
  return { everyPage: measure(build, everyPage), onOverlay: measure(build, onOverlay) };
}
