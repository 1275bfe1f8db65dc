/** Completion and hover for XML in Monaco, from xml-completion.ts. Registered once per page. */
import type { monaco as Monaco } from '../../ui/monaco/monaco-setup.ts';
import { completionContext, hoverDoc, suggestionsFor } from './xml-completion.ts';
import { FIXABLE_RULES, quickFixesAt } from './quick-fixes.ts';

type MonacoApi = typeof Monaco;
let registered = false;
/** Names in the document of the editor in use (the providers are global to the page). */
let currentNames: () => readonly string[] = () => [];

export function setNameSource(names: () => readonly string[]): void {
  currentNames = names;
}

export function registerXmlFeatures(monaco: MonacoApi): void {
  if (registered) return;
  registered = true;
  const kinds = {
    tag: monaco.languages.CompletionItemKind.Class,
    attribute: monaco.languages.CompletionItemKind.Property,
    value: monaco.languages.CompletionItemKind.EnumMember,
    name: monaco.languages.CompletionItemKind.Reference,
  };
  monaco.languages.registerCompletionItemProvider('xml', {
    triggerCharacters: ['<', ' ', '"', "'", '>'],
    provideCompletionItems: (model, position) => {
      const offset = model.getOffsetAt(position);
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(
        position.lineNumber,
        word.startColumn,
        position.lineNumber,
        word.endColumn,
      );
      const context = completionContext(model.getValue(), offset);
      const suggestions = suggestionsFor(context, currentNames()).map((s) => ({
        label: s.label,
        kind: kinds[s.kind],
        insertText: s.insertText,
        insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
        range,
        ...(s.detail ? { detail: s.detail } : {}),
        ...(s.documentation ? { documentation: s.documentation } : {}),
      }));
      return { suggestions };
    },
  });
  // quick fixes on markers ("Connect after …" on no-way-in), applied as one text edit
  monaco.languages.registerCodeActionProvider(
    'xml',
    {
      provideCodeActions: (model, _range, context) => {
        const actions = context.markers.flatMap((marker) => {
          const ruleId = typeof marker.code === 'string' ? marker.code : '';
          if (!FIXABLE_RULES.has(ruleId)) return [];
          const start = { lineNumber: marker.startLineNumber, column: marker.startColumn };
          return quickFixesAt(model.getValue(), ruleId, model.getOffsetAt(start)).map((fix) => ({
            title: fix.title,
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: true,
            edit: {
              edits: fix.patches.map((p) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: {
                  range: monaco.Range.fromPositions(
                    model.getPositionAt(p.from),
                    model.getPositionAt(p.to),
                  ),
                  text: p.insert,
                },
              })),
            },
          }));
        });
        return { actions, dispose: () => undefined };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
  monaco.languages.registerHoverProvider('xml', {
    provideHover: (model, position) => {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const doc = hoverDoc(model.getValue(), model.getOffsetAt(position), word.word);
      return doc ? { contents: [{ value: doc }] } : null;
    },
  });
}
