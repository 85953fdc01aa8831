/**
 * The security figures the tests measure, merged into `test-results/security-figures.json` for
 * `npm run security:report`. Test files run in parallel workers (and the end-to-end files in
 * another run), so each write takes a lock file, merges its rows by id, and renames into place.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** One measured class of input. `null` means the column does not apply to the class. */
export interface FigureRow {
  /** Stable key, e.g. `messages/fuzz/wrong-sender`. */
  id: string;
  /** The class of input, as the table shows it. */
  class: string;
  /** Where it was tried: a test suite, and the browser for end-to-end rows. */
  where: string;
  /** Inputs tried. */
  tried: number;
  /** Inputs refused with a message (for classes meant to be refused). */
  rejected: number | null;
  /** Payloads that ran as script (must be 0). */
  executed: number | null;
  /** Requests sent out, or overlay text or shadow roots exposed to the page (must be 0). */
  leaked?: number | null;
  /** Notes answered as saved but missing afterwards, or dropped without a message (must be 0). */
  notesLost: number | null;
  /** One short line about the outcome (e.g. timings). */
  detail?: string;
  /** A documented open gap (SECURITY.md, "Known gaps"): its leaks are counted apart. */
  knownGap?: boolean;
}

/** The file every test writes to. */
export const FIGURES_FILE = join(import.meta.dirname, '..', '..', 'test-results', 'security-figures.json');

/** The figures file's shape. */
export interface FiguresFile {
  generatedAt: string;
  rows: Record<string, FigureRow & { measuredAt: string }>;
}

/** Reads the figures written so far (an empty set when there are none). */
export function readFigures(file = FIGURES_FILE): FiguresFile {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as FiguresFile;
  } catch {
    return { generatedAt: new Date(0).toISOString(), rows: {} };
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock<T>(lock: string, work: () => T): T {
  for (let attempt = 0; ; attempt += 1) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // A lock left by a crashed run is stale after a few seconds.
      const stale = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs > 5_000;
        } catch {
          return false;
        }
      })();
      if (stale || attempt > 500) rmSync(lock, { force: true });
      sleep(10);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Merges `rows` into the figures file by id, and prints them so a test run shows its figures. */
export function recordFigures(rows: readonly FigureRow[], file = FIGURES_FILE): void {
  mkdirSync(join(file, '..'), { recursive: true });
  withLock(`${file}.lock`, () => {
    const figures = readFigures(file);
    const now = new Date().toISOString();
    for (const row of rows) figures.rows[row.id] = { ...row, measuredAt: now };
    figures.generatedAt = now;
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(figures, null, 2)}\n`);
    renameSync(temporary, file);
  });
  for (const row of rows) {
    const cells = [`tried ${row.tried}`];
    if (row.rejected !== null) cells.push(`rejected ${row.rejected}`);
    if (row.executed !== null) cells.push(`executed ${row.executed}`);
    if (row.leaked !== undefined && row.leaked !== null) cells.push(`leaked ${row.leaked}`);
    if (row.notesLost !== null) cells.push(`notes lost ${row.notesLost}`);
    console.log(
      `[security] ${row.class} (${row.where}): ${cells.join(', ')}${row.detail ? `; ${row.detail}` : ''}`,
    );
  }
}

/** Where the generated table goes in SECURITY.md. */
export const MARKERS = { start: '<!-- figures:start -->', end: '<!-- figures:end -->' } as const;

/** Rows in reading order: messages, files, storage, notes, the end-to-end suites, the build. */
const ORDER = ['messages/', 'files/', 'storage/', 'notes/', 'e2e/Chromium/', 'e2e/Firefox/', 'build/'];

const cell = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : String(value);
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The figures as a Markdown table with a one-line summary above it. */
export function renderFiguresTable(figures: FiguresFile): string {
  const rank = (id: string) => {
    const index = ORDER.findIndex((prefix) => id.startsWith(prefix));
    return index === -1 ? ORDER.length : index;
  };
  const rows = Object.values(figures.rows).sort(
    (a, b) => rank(a.id) - rank(b.id) || a.class.localeCompare(b.class),
  );
  const sum = (pick: (row: FigureRow) => number | null | undefined, only = (_row: FigureRow) => true) =>
    rows.filter(only).reduce((total, row) => total + (pick(row) ?? 0), 0);
  const known = (row: FigureRow) => row.knownGap === true;
  const lines = [
    `Generated by \`npm run security:report\` from \`test-results/security-figures.json\` (last measured ${figures.generatedAt}).`,
    `${sum((row) => row.tried)} inputs tried, ${sum((row) => row.rejected)} refused; ` +
      `executed ${sum((row) => row.executed)}, leaked ${sum(
        (row) => row.leaked,
        (row) => !known(row),
      )} ` +
      `(plus ${sum((row) => row.leaked, known)} through the known gaps), notes lost ${sum((row) => row.notesLost)}.`,
    '',
    '| Class | Where | Tried | Rejected | Executed (0) | Leaked (0) | Notes lost (0) | Outcome |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((row) =>
      [
        row.class,
        row.where,
        row.tried,
        cell(row.rejected),
        cell(row.executed),
        cell(row.leaked),
        cell(row.notesLost),
        row.detail ?? '',
      ]
        .map((value) => escapeCell(String(value)))
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    ),
  ];
  return lines.join('\n');
}

/** `document` with the text between the figure markers replaced by `table`. */
export function replaceBetweenMarkers(document: string, table: string): string {
  const start = document.indexOf(MARKERS.start);
  const end = document.indexOf(MARKERS.end);
  if (start === -1 || end === -1 || end < start)
    throw new Error(`SECURITY.md needs ${MARKERS.start} and ${MARKERS.end}`);
  return `${document.slice(0, start + MARKERS.start.length)}\n${table}\n${document.slice(end)}`;
}
