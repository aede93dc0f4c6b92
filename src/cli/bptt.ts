/**
 * The `bptt` command: reads a model file and prints the results JSON.
 *
 *   npm run --silent bptt -- FILE [--terms] [--compact]      (FILE may be - for standard input)
 *
 * See src/cli/bpttCommand.ts for the logic and `--help` for the usage.
 */
import { runBptt } from './bpttCommand';

const result = runBptt(process.argv.slice(2));
if (result.stderr) process.stderr.write(result.stderr);
if (result.stdout) {
  // A closed pipe (e.g. `| head`) is not an error worth a stack trace.
  process.stdout.on('error', () => undefined);
  process.stdout.write(result.stdout);
}
process.exitCode = result.status;
