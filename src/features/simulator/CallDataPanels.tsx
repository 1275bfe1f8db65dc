import type { QuestionResponse } from '../../core/index.ts';

/** The call's variables and its questionResponses, exactly as the API records them. */
export function CallDataPanels({
  variables,
  responses,
}: {
  variables: Readonly<Record<string, string>>;
  responses: readonly QuestionResponse[];
}) {
  const names = Object.keys(variables);
  return (
    <div className="sim-data">
      <section aria-label="Question responses">
        <h3>Question responses</h3>
        {responses.length === 0 ? (
          <p className="sim-empty">None yet</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">question</th>
                <th scope="col">response</th>
              </tr>
            </thead>
            <tbody>
              {responses.map((r, i) => (
                <tr key={i}>
                  <td>{r.question}</td>
                  <td>{r.response}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-label="Variables">
        <h3>Variables</h3>
        {names.length === 0 ? (
          <p className="sim-empty">None yet</p>
        ) : (
          <dl>
            {names.map((name) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{variables[name]}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
