import { useEffect, useMemo } from 'react';
import { diffDialplans, parseDialplan, type DialplanChange } from '../../core/index.ts';
import { useStudio, type Version } from '../../store/index.ts';

/**
 * The changes from a version to the current last good tree, recomputed as the text changes, and
 * published to the store so that the graph marks them. Clears the store's comparison when it ends.
 */
export function useComparison(version: Version | undefined): DialplanChange[] {
  const lastGood = useStudio((s) => s.lastGood);
  const setComparison = useStudio((s) => s.setComparison);
  const changes = useMemo(
    () => (version ? diffDialplans(parseDialplan(version.text).document, lastGood) : []),
    [version, lastGood],
  );
  useEffect(() => {
    setComparison(version ? { versionId: version.id, changes } : undefined);
  }, [version, changes, setComparison]);
  useEffect(() => () => setComparison(undefined), [setComparison]);
  return changes;
}
