/**
 * `dialplan lsp`: a Language Server Protocol server over stdio (vscode-languageserver), for any editor
 * that speaks LSP. Diagnostics (with the validator's rule ids as codes), completion, hover, go to
 * definition, find references, rename of an element with its gotos, and formatting. Positions are
 * converted with the protocol's own TextDocument (UTF-16 offsets, the same units as the core's).
 */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type MessageReader,
  type MessageWriter,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextPatch } from '../core/index.ts';
import {
  analyse,
  completionsAt,
  definitionAt,
  formatted,
  hoverAt,
  referencesAt,
  renameAt,
  type Analysed,
  type Span,
} from './features.ts';

const KINDS = {
  tag: CompletionItemKind.Class,
  attribute: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  name: CompletionItemKind.Reference,
} as const;

function range(doc: TextDocument, span: Span) {
  return { start: doc.positionAt(span.from), end: doc.positionAt(span.to) };
}

function edits(doc: TextDocument, patches: readonly TextPatch[]): TextEdit[] {
  return patches.map((p) => ({ range: range(doc, { from: p.from, to: p.to }), newText: p.insert }));
}

/** Wires the features to a connection; `listen()` starts it. */
export function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, { version: number; analysed: Analysed }>();

  function analysed(doc: TextDocument): Analysed {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysed;
    const fresh = analyse(doc.getText());
    cache.set(doc.uri, { version: doc.version, analysed: fresh });
    return fresh;
  }

  function at<T>(
    params: { textDocument: { uri: string }; position: { line: number; character: number } },
    answer: (doc: TextDocument, a: Analysed, offset: number) => T,
  ): T | null {
    const doc = documents.get(params.textDocument.uri);
    return doc ? answer(doc, analysed(doc), doc.offsetAt(params.position)) : null;
  }

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['<', ' ', '"', "'", '>'] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: false },
      documentFormattingProvider: true,
    },
    serverInfo: { name: 'dialplan' },
  }));

  documents.onDidChangeContent(({ document: doc }) => {
    const diagnostics: LspDiagnostic[] = analysed(doc).diagnostics.map((d) => ({
      range: range(doc, { from: d.range.start.offset, to: d.range.end.offset }),
      severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: d.ruleId,
      source: 'dialplan',
      message: d.message,
    }));
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  });
  documents.onDidClose(({ document: doc }) => {
    cache.delete(doc.uri);
    void connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  });

  connection.onCompletion((params) =>
    at(params, (_doc, a, offset) =>
      completionsAt(a, offset).map((s) => ({
        label: s.label,
        kind: KINDS[s.kind],
        insertText: s.insertText,
        insertTextFormat: s.insertText.includes('$1')
          ? InsertTextFormat.Snippet
          : InsertTextFormat.PlainText,
        ...(s.detail && { detail: s.detail }),
        ...(s.documentation && { documentation: s.documentation }),
      })),
    ),
  );
  connection.onHover((params) =>
    at(params, (doc, a, offset) => {
      const hover = hoverAt(a, offset);
      return hover
        ? {
            contents: { kind: 'markdown' as const, value: hover.doc },
            range: range(doc, hover.span),
          }
        : null;
    }),
  );
  connection.onDefinition((params) =>
    at(params, (doc, a, offset) => {
      const span = definitionAt(a, offset);
      return span ? { uri: doc.uri, range: range(doc, span) } : null;
    }),
  );
  connection.onReferences((params) =>
    at(params, (doc, a, offset) =>
      referencesAt(a, offset, params.context.includeDeclaration).map((span) => ({
        uri: doc.uri,
        range: range(doc, span),
      })),
    ),
  );
  connection.onRenameRequest((params) =>
    at(params, (doc, a, offset) => {
      const patches = renameAt(a, offset, params.newName);
      return patches ? { changes: { [doc.uri]: edits(doc, patches) } } : null;
    }),
  );
  connection.onDocumentFormatting((params) => {
    const doc = documents.get(params.textDocument.uri);
    const text = doc?.getText();
    const next = text === undefined ? undefined : formatted(text);
    if (!doc || next === undefined || next === text) return [];
    return [{ range: range(doc, { from: 0, to: text?.length ?? 0 }), newText: next }];
  });

  documents.listen(connection);
  connection.listen();
}

/** Serves over the given streams (stdio for `dialplan lsp`) until the client says exit. */
export function startLanguageServer(reader: MessageReader, writer: MessageWriter): Connection {
  const connection = createConnection(reader, writer);
  serve(connection);
  return connection;
}
