import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/renderer/src/app/App';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { ParkingLotPanel } from '../../../src/renderer/src/features/agenda/parking';
import { addBlock, startBlock } from '../../../src/shared/domain/agenda';
import { addPriorities } from '../../../src/shared/domain/priorities';
import type { Workspace } from '../../../src/shared/domain/workspace';
import type { FakeMain, SeedOptions } from '../fakeApi';
import { settle } from '../renderApp';

/** Eight people who do not agree, with names from more than one script. */
export const PEOPLE = [
  { name: '王芳' },
  { name: 'Łukasz Wróblewski' },
  { name: 'Ngozi Okonkwo-Adeyemi' },
  { name: 'Dana Whitfield' },
  { name: 'Ахмед Каримов' },
  { name: 'Priya Raghunathan' },
  { name: 'Søren Kierkegaard-Holm' },
  { name: 'María José Fernández' },
];

export const workspace = (): Workspace => useDocument.getState().current!.workspace;

/**
 * A workspace with priorities and a two-block agenda whose first block, about "Launch in
 * the EU", is running; opened in the document.
 */
export async function openOffsite(main: FakeMain, options: SeedOptions = {}): Promise<void> {
  const path = main.seed({ participants: PEOPLE, ...options });
  await act(() => workspaceActions.openRecent(path));
  let n = 0;
  act(() => {
    documentActions.edit((w) => {
      let next = addPriorities(
        w,
        [
          { title: 'Launch in the EU' },
          { title: 'Enterprise SSO' },
          { title: '数据驻留 (China data residency)' },
        ],
        () => `p${n++}`,
      );
      next = addBlock(
        next,
        { title: 'Rank the bets', minutes: 45, kind: 'ranking', priorityIds: ['p0'] },
        'b0',
      );
      next = addBlock(next, { title: 'Lunch', minutes: 60, kind: 'break', fixedStart: 750 }, 'b1');
      return startBlock(next, 'b0', Date.now());
    });
  });
}

/** The whole app: the shell mounts the parking lot's window-wide pieces once a workspace is open. */
export async function renderAppWithParking() {
  const user = userEvent.setup();
  const view = render(<App />);
  await settle();
  return { user, ...view };
}

/** The lot on its own, following the open document. */
export function LotOnly() {
  const current = useDocument((s) => s.current);
  if (!current) return null;
  return <ParkingLotPanel workspace={current.workspace} readOnly={current.readOnly} />;
}
