// A minimal VS Code client for `dialplan lsp`: starts the server from the workspace's own
// dialplan-studio install (`npx dialplan lsp --stdio`) for XML files. See the README, "Editors".
/* eslint-disable @typescript-eslint/no-require-imports */
const { workspace } = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate() {
  const [command, ...args] = workspace.getConfiguration('dialplan').get('command');
  client = new LanguageClient(
    'dialplan',
    'CallFire dialplans',
    { command, args, options: { cwd: workspace.workspaceFolders?.[0]?.uri.fsPath } },
    { documentSelector: [{ scheme: 'file', language: 'xml' }] },
  );
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
