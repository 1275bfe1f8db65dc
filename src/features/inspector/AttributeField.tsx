import {
  attrValue,
  type AttributeSchema,
  type AttributeType,
  type ElementNode,
} from '../../core/index.ts';
import { checkValue, describeMenuTimeout } from './field-checks.ts';
import { SelectField } from './SelectField.tsx';
import { TextInputField } from './TextInputField.tsx';

interface AttributeFieldProps {
  element: ElementNode;
  name: string;
  schema: AttributeSchema | undefined;
  errors: readonly string[];
  /** Every element name in the document, for target suggestions and the rename check. */
  names: readonly string[];
  /** undefined removes the attribute. */
  onSet: (name: string, value: string | undefined) => void;
}

const BOOLEANS = ['true', 'false'] as const;

function hintFor(type: AttributeType, doc: string | undefined): string | undefined {
  if (type.type === 'menu-timeout') return '≥1000 = milliseconds, smaller = seconds.';
  if (type.type === 'integer' && type.unit) return `In ${type.unit}. ${doc ?? ''}`.trim();
  return doc;
}

/** One attribute as a typed field: enums and booleans as selects, numbers with their units explained. */
export function AttributeField({
  element,
  name,
  schema,
  errors,
  names,
  onSet,
}: AttributeFieldProps) {
  const value = attrValue(element, name);
  const type: AttributeType = schema?.value ?? { type: 'text' };
  const required = schema?.required;
  const hint = hintFor(type, schema?.doc);
  if (type.type === 'enum' || type.type === 'boolean') {
    const values = type.type === 'enum' ? type.values : BOOLEANS;
    const props = {
      label: name,
      value,
      values,
      required,
      hint,
      errors,
      onCommit: (v?: string) => onSet(name, v),
    };
    return <SelectField {...props} />;
  }
  const otherNames = new Set(names.filter((n) => n !== value));
  const min = type.type === 'integer' ? type.min : undefined;
  const numeric = type.type === 'integer' || type.type === 'menu-timeout';
  return (
    <TextInputField
      label={name}
      value={value ?? ''}
      required={required}
      hint={hint}
      errors={errors}
      type={numeric ? 'number' : 'text'}
      check={(v) => checkValue(type.type, v, { otherNames }, min)}
      explain={type.type === 'menu-timeout' ? describeMenuTimeout : undefined}
      options={type.type === 'target' ? names : undefined}
      onCommit={(v) => onSet(name, v.trim() === '' && !required ? undefined : v)}
    />
  );
}
