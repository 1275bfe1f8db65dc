#!/usr/bin/env node
// Browser tests need Debian's Chromium (Playwright's own browser download cannot work offline), plus
// speech-dispatcher and espeak-ng for the Web Speech behaviours. Install them when we can (root + apt),
// otherwise say exactly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'speech-dispatcher', 'espeak-ng'];
const missing = () =>
  PACKAGES.filter((p) => {
    try {
      execSync(`dpkg-query -W -f='\${Status}' ${p} 2>/dev/null | grep -q 'install ok installed'`, {
        stdio: 'ignore',
        shell: '/bin/bash',
      });
      return false;
    } catch {
      return true;
    }
  });

let todo = existsSync('/usr/bin/dpkg-query')
  ? missing()
  : existsSync('/usr/bin/chromium')
    ? []
    : PACKAGES;
if (todo.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing system packages for browser tests: ${todo.join(' ')}`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${todo.join(' ')}`, {
      stdio: 'inherit',
    });
    todo = missing();
  }
}
if (todo.length > 0 || !existsSync('/usr/bin/chromium')) {
  console.error(
    `Browser tests need Debian packages that are missing: ${todo.join(' ')}\n` +
      `Install them with:  sudo apt-get install -y ${PACKAGES.join(' ')}`,
  );
  process.exit(1);
}
