import { runCli } from './commands';

await runCli(process.argv);
