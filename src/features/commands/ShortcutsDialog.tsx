import { isMacPlatform } from '../../ui/actions/key-specs.ts';
import { useStudio } from '../../store/index.ts';
import { Modal } from '../../ui/Modal.tsx';
import './commands.css';
import { shortcutGroups } from './shortcuts.ts';

/** The `?` overlay: every keyboard shortcut, grouped as the action registry groups them. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const showGuide = useStudio((s) => s.showGuide);
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      <p>
        <button
          type="button"
          onClick={() => {
            onClose();
            showGuide();
          }}
        >
          Show the guide
        </button>
      </p>
      <div className="shortcuts-body">
        {shortcutGroups(isMacPlatform()).map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <table>
              <tbody>
                {group.shortcuts.map((s) => (
                  <tr key={s.what}>
                    <th scope="row">
                      {s.keys.map((k, i) => (
                        <span key={k}>
                          {i > 0 && ' '}
                          <kbd>{k}</kbd>
                        </span>
                      ))}
                    </th>
                    <td>{s.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Modal>
  );
}
