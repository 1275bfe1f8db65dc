import { DEFAULT_BROADCAST, type BroadcastSettings } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';

/** The open document's name and broadcast settings (the list entry; its live text is `text`). */
export function useActiveDocument(): { id: string; name: string; broadcast: BroadcastSettings } {
  const active = useStudio((s) => s.documents.find((d) => d.id === s.activeId));
  return {
    id: active?.id ?? '',
    name: active?.name ?? 'dialplan',
    broadcast: active?.broadcast ?? DEFAULT_BROADCAST,
  };
}
