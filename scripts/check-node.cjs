// Refuses to run on Node older than 22: better-sqlite3 13's prebuilt binary crashes there.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Tuiyan needs Node 22 or newer (this is Node ${process.versions.node}). ` +
      'Run it through npm scripts, which use the Node 24 pinned in devDependencies (node_modules/.bin/node), ' +
      'or install Node 24.'
  );
  process.exit(1);
}
