// Loaded with `node --import ./test/node/report-max-rss.js …`: writes the process's peak memory
// (resident set, all threads) to stderr as it exits, as "maxRSS=<kilobytes>".
process.on('exit', () => process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\n`));
