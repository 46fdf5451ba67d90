import { writeFileSync } from 'node:fs';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** e.g. "< 20" or "> 5000": the number, printed beside the measured one. */
  target: string;
}

export class Report {
  readonly figures: Figure[] = [];

  add(figure: Figure): void {
    this.figures.push(figure);
    const met = this.meets(figure) ? 'ok  ' : 'MISS';
    console.log(`${met} ${figure.name.padEnd(58)} ${format(figure.value).padStart(10)} ${figure.unit.padEnd(6)} target ${figure.target} ${figure.unit}`);
  }

  note(text: string): void {
    console.log(`     ${text}`);
  }

  meets({ value, target }: Figure): boolean {
    const [op, number] = target.split(' ');
    return op === '<' ? value < Number(number) : value > Number(number);
  }

  write(file: string | undefined): void {
    if (file) writeFileSync(file, `${JSON.stringify(this.figures, null, 2)}\n`);
  }
}

const format = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(2));

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
