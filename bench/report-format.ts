// Formatting shared by the benchmark reports.
import os from 'node:os';

/** "1.23 s", "45 ms", "3.4 ms" (sub-10 ms values with `smallDigits` decimals). */
export function formatMs(v: number, smallDigits = 1): string {
  if (Number.isNaN(v)) return '–';
  if (v >= 1000) return `${(v / 1000).toFixed(2)} s`;
  if (v >= 10) return `${v.toFixed(0)} ms`;
  return `${v.toFixed(smallDigits)} ms`;
}

/** The machine a report was measured on. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}
