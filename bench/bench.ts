/**
 * `npm run bench`: prints each benchmark section as a table. Sections are independent; add one by
 * appending its function to SECTIONS.
 */
import { coreSection } from './core';
import { formatSection, sinkValue, type BenchSection } from './report';

const SECTIONS: readonly (() => Promise<BenchSection>)[] = [coreSection];

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
  let failed = 0;
  for (const make of SECTIONS) {
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
