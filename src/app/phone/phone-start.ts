import { SHARE_PREFIX } from '../../core/index.ts';
import type { StudioMode } from '../../store/index.ts';

/**
 * The mode the phone opens in, from the page's address fragment: a share link is someone's poll sent to
 * be walked, so it opens on the phone, ready to Call (Test); otherwise the mode stays as it is.
 */
export function phoneStartMode(hash: string): StudioMode | undefined {
  return hash.replace(/^#/, '').startsWith(SHARE_PREFIX) ? 'Test' : undefined;
}
