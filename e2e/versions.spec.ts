import { expect, test } from '@playwright/test';
import { clickExport } from './export-helpers.ts';
import { StudioPage } from './pages/StudioPage.ts';
import { VersionsPanel } from './pages/VersionsPanel.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a sent version: compare it on the graph and in the diff editor, then restore it', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const versions = new VersionsPanel(page);
  await studio.open();

  // given: the broadcast body was copied (sent)
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  await page.getByRole('radio', { name: 'Broadcast JSON', exact: true }).check();
  await clickExport(page, 'Copy Broadcast JSON');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  await versions.open();
  await expect(versions.version('Broadcast JSON copied')).toContainText('Sent');

  // when: a prompt is reworded and a keypress added (in Design, where the XML is shown)
  await studio.modeButton('Design').click();
  await studio.clickLine('This is a call for a short political poll');
  await studio.type('Quick question. ');
  await expect(studio.node('menu Live')).toContainText('Quick question.');
  await studio.node('menu Live').getByRole('button', { name: 'Add keypress branch' }).click();
  await expect(studio.node('menu Live').locator('.dp-output')).toHaveCount(4);

  // then: the comparison lists both changes, marks them on the graph and in the diff editor
  await versions.open();
  await versions.compareWith('Broadcast JSON copied');
  await expect(versions.change(/Changed play "play_Live" text/)).toContainText('Quick question.');
  await expect(versions.change(/Added keypress/)).toBeVisible();
  await expect(versions.changes.getByRole('button')).toHaveCount(2);
  const menu = studio.node('menu Live');
  await expect(menu).toHaveClass(/dp-diff-changed/);
  await expect(menu.getByText('Changed', { exact: true })).toBeVisible();
  await expect(menu.locator('.dp-output.dp-diff-added')).toHaveCount(1);
  await expect(studio.graph.getByRole('region', { name: 'Compared version' })).toContainText(
    'Added 1',
  );
  await expect(versions.diffEditor.locator('.line-insert').first()).toBeAttached();
  await expect(versions.diffEditor.locator('.view-lines').last()).toContainText('Quick question.');

  // clicking a change selects it in the graph (and reveals it in the diff editor)
  await versions.change(/Added keypress/).click();
  await expect(studio.selectedNode()).toContainText('Live');

  // restore: the text is the sent one again; one undo brings the edits back
  await versions.restore('Broadcast JSON copied');
  await expect(studio.node('menu Live')).not.toContainText('Quick question.');
  await expect(studio.node('menu Live').locator('.dp-output')).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(studio.node('menu Live')).toContainText('Quick question.');
  await expect(studio.node('menu Live').locator('.dp-output')).toHaveCount(4);
});

test('Save version keeps a named version that survives a reload', async ({ page }) => {
  const studio = new StudioPage(page);
  const versions = new VersionsPanel(page);
  await studio.open();
  await versions.open();
  await versions.panel.getByRole('textbox', { name: 'Version name' }).fill('Wave 2 wording');
  await versions.panel.getByRole('button', { name: 'Save version' }).click();
  await expect(versions.version('Wave 2 wording')).toContainText('Named');
  await expect.poll(() => versions.storedLabels()).toContain('Wave 2 wording');
  await studio.open({ keepStorage: true });
  await versions.open();
  await expect(versions.version('Wave 2 wording')).toBeVisible();
});
