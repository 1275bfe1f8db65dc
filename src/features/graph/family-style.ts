/**
 * The colours of each family of cards: `accent` for the icon tile, the card's edge and the minimap;
 * `tint` behind the header; `ink` for coloured text on the tint and on white (each at least 4.5:1 on
 * both, WCAG AA). One table, read by the cards (as CSS variables) and the minimap alike.
 */
import type { NodeFamily } from '../../core/index.ts';

export interface FamilyStyle {
  accent: string;
  tint: string;
  ink: string;
}

export const FAMILY_STYLE: Readonly<Record<NodeFamily, FamilyStyle>> = {
  prompt: { accent: '#2563eb', tint: '#eff6ff', ink: '#1e40af' },
  menu: { accent: '#7c3aed', tint: '#f5f3ff', ink: '#5b21b6' },
  data: { accent: '#0d9488', tint: '#f0fdfa', ink: '#115e59' },
  jump: { accent: '#64748b', tint: '#f1f5f9', ink: '#334155' },
  end: { accent: '#dc2626', tint: '#fef2f2', ink: '#991b1b' },
  transfer: { accent: '#16a34a', tint: '#f0fdf4', ink: '#166534' },
  record: { accent: '#db2777', tint: '#fdf2f8', ink: '#9d174d' },
  http: { accent: '#d97706', tint: '#fffbeb', ink: '#92400e' },
  message: { accent: '#0891b2', tint: '#ecfeff', ink: '#155e75' },
  detect: { accent: '#ea580c', tint: '#fff7ed', ink: '#9a3412' },
  logic: { accent: '#4f46e5', tint: '#eef2ff', ink: '#3730a3' },
  other: { accent: '#6b7280', tint: '#f9fafb', ink: '#374151' },
};
