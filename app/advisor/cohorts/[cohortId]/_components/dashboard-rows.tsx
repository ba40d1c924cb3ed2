"use client";

/**
 * One table row's figures, every text already worded on the server. A tuple, not an object, because these
 * props are what React's payload carries for the rows: the markup itself is not repeated there, as it would
 * be for a server component (app/globals.css `.dash-table` styles the cells).
 */
export type DashboardRowView = [
  studentId: string,
  name: string,
  stage: string,
  contacts: number,
  outreach: number,
  interviews: number,
  thankYous: [onTime: number, late: number, missing: number],
  /** "1 Nov 2026" and "31 days ago", or null when the student has never logged anything. */
  lastActive: [date: string, relative: string] | null,
  /** "2 of 3 met", or null when the cohort has no goals. */
  goals: string | null,
  flags: string[],
  /** Shown when there is no flag: "None", or "Handled" when the flags were marked handled. */
  noFlags: string,
  /** "Nudged 3 days ago", or null. */
  nudged: string | null,
];

/**
 * The table's body. A client component only so that the rows travel once as data; nothing in it is
 * interactive beyond a checkbox (which belongs to the surrounding "Nudge selected" form) and a link.
 */
export function DashboardRows({ rows }: { rows: DashboardRowView[] }) {
  return (
    <tbody>
      {rows.map(
        ([
          id,
          name,
          stage,
          contacts,
          outreach,
          interviews,
          [onTime, late, missing],
          active,
          goals,
          flags,
          noFlags,
          nudged,
        ]) => (
          <tr key={id}>
            <th scope="row">
              <input type="checkbox" name="student" value={id} aria-label={`Select ${name}`} />
              {/* A plain link: a Link would prefetch every student page on the screen. */}
              <a href={`/advisor/students/${id}`}>{name}</a>
            </th>
            <td>{stage}</td>
            <td>{contacts}</td>
            <td>{outreach}</td>
            <td>{interviews}</td>
            <td>
              <span>
                {`${onTime} on time`}
                {late > 0 && <br />}
                {late > 0 && `${late} late`}
                {missing > 0 && <br />}
                {missing > 0 && <strong>{`${missing} missing`}</strong>}
              </span>
            </td>
            <td>
              {active === null ? (
                <small>Never</small>
              ) : (
                <span>
                  {`${active[0]} `}
                  <small>{`(${active[1]})`}</small>
                </span>
              )}
            </td>
            <td>{goals ?? <small>—</small>}</td>
            <td>
              <span>
                {flags.length === 0 ? (
                  <small>{noFlags}</small>
                ) : (
                  <ul>
                    {flags.map((flag) => (
                      <li key={flag}>{flag}</li>
                    ))}
                  </ul>
                )}
                {nudged !== null && <small>{nudged}</small>}
              </span>
            </td>
          </tr>
        ),
      )}
    </tbody>
  );
}
