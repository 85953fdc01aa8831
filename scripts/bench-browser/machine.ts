/** The machine a benchmark ran on, for the report. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';

/** CPU, memory, OS and browser versions. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  chromium: string;
  firefox: string;
}

function distribution(): string {
  if (!existsSync('/etc/os-release')) return '';
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  return pretty ? `${pretty}, ` : '';
}

/** The machine, given the browser versions the run reported. */
export function machine(chromium: string, firefox: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    os: `${distribution()}${type()} ${release()}`,
    node: process.version,
    chromium,
    firefox,
  };
}
