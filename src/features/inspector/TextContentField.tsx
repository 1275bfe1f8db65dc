import { attrValue, shownText, type ElementNode, type TagSchema } from '../../core/index.ts';
import { TextInputField } from './TextInputField.tsx';

const LABELS: Record<NonNullable<TagSchema['textRole']>, string> = {
  speech: 'Text to speak',
  target: 'Goes to',
  numbers: 'Numbers',
  url: 'URL',
  expression: 'Expression',
  value: 'Value',
};

function labelFor(element: ElementNode, schema: TagSchema | undefined): string {
  if (element.kind === 'play') {
    const type = (attrValue(element, 'type') ?? '').toLowerCase();
    if (type === 'url') return 'Audio URL';
    if (type === 'callfireid') return 'Sound id';
  }
  return schema?.textRole ? LABELS[schema.textRole] : 'Text';
}

interface TextContentFieldProps {
  element: ElementNode;
  schema: TagSchema | undefined;
  errors: readonly string[];
  names: readonly string[];
  onCommit: (text: string) => void;
}

/** The text of a text-holding element: a prompt as a multi-line field, a goto target with suggestions. */
export function TextContentField({
  element,
  schema,
  errors,
  names,
  onCommit,
}: TextContentFieldProps) {
  const speech = schema?.textRole === 'speech';
  return (
    <TextInputField
      label={labelFor(element, schema)}
      value={shownText(element)}
      hint={schema?.kind === 'goto' ? 'The name of the element to jump to.' : undefined}
      errors={errors}
      multiline={speech}
      options={schema?.textRole === 'target' ? names : undefined}
      onCommit={onCommit}
    />
  );
}
