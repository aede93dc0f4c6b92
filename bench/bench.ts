/**
 * `npm run bench`: prints each benchmark section as a table. Sections are independent; add one by
 * appending it to SECTIONS. `npm run bench -- browser` runs only the sections named.
 */
import { browserSection } from './browser';
import { classSection } from './class';
import { coreSection } from './core';
import { exploreSection } from './browser/explore';
import { torchSection } from './torch';
import { formatSection, sinkValue, type BenchSection } from './report';

const SECTIONS: Readonly<Record<string, () => Promise<BenchSection>>> = {
  core: coreSection,
  torch: torchSection,
  browser: browserSection,
  explore: exploreSection,
  class: classSection,
};

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
  let failed = 0;
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(a in SECTIONS));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}`);
  const names = asked.length ? asked : Object.keys(SECTIONS);
  for (const make of names.map((n) => SECTIONS[n])) {
    const section = await make();
    console.log(formatSection(section));
    console.log('');
    failed += (section.checks ?? []).filter((c) => !c.ok).length;
  }
  // Printing the sink keeps every timed result observable.
  console.log(
    `${failed === 0 ? 'All targets met' : `${failed} target(s) missed`}` +
      ` · ${((Date.now() - started) / 1000).toFixed(1)} s (checksum ${sinkValue() > 0 ? 'ok' : '0'})`,
  );
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
