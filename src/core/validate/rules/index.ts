/** Every validation rule, in the order their diagnostics are produced. */
import type { Rule } from '../types.ts';
import { amdNotFirst } from './amd-not-first.ts';
import { attributeValue } from './attribute-value.ts';
import { catchTarget } from './catch-target.ts';
import { containment } from './containment.ts';
import { duplicateAnswerName } from './duplicate-answer-name.ts';
import { duplicateName } from './duplicate-name.ts';
import { gotoLoopWithoutInput } from './goto-loop-without-input.ts';
import { gotoTarget } from './goto-target.ts';
import { keypressOverlap } from './keypress-overlap.ts';
import { menuNoFallback } from './menu-no-fallback.ts';
import { readBeforeSet } from './read-before-set.ts';
import { requiredAttribute } from './required-attribute.ts';
import { rootDialplan } from './root-dialplan.ts';
import { stashRead } from './stash-read.ts';
import { undefinedVariable } from './undefined-variable.ts';
import { unknownAttribute } from './unknown-attribute.ts';
import { unknownTag } from './unknown-tag.ts';
import { unreachable } from './unreachable.ts';
import { noWayIn } from './no-way-in.ts';

export const RULES: readonly Rule[] = [
  rootDialplan,
  unknownTag,
  unknownAttribute,
  requiredAttribute,
  attributeValue,
  containment,
  amdNotFirst,
  gotoTarget,
  catchTarget,
  duplicateName,
  duplicateAnswerName,
  unreachable,
  menuNoFallback,
  keypressOverlap,
  gotoLoopWithoutInput,
  undefinedVariable,
  readBeforeSet,
  stashRead,
  noWayIn,
];
