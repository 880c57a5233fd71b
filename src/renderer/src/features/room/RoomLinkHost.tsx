import { useEffect } from 'react';
import { ROOM_EVENT } from '../../../../shared/ipc/channels';
import { RoomEventMessage } from '../../../../shared/ipc/roomContract';
import { phoneResultsOf } from '../../../../shared/room/phoneResults';
import { bridge, hasBridge } from '../../bridge';
import { useDocument } from '../../document';
import { answerPhoneAnswers, answerPhoneBallot } from './roomBallots';
import { roomActions, useRoom } from './roomStore';

/**
 * The room link's side of the facilitator's window, mounted while a workspace is open
 * whatever tab is showing: it hears main's room events (a phone's ballot is cast into the
 * document and answered at once), and it closes the link when its round or checkpoint is
 * revealed (with a round's results for the phones if the facilitator chose to send them),
 * or when what it was open on is deleted.
 */
export function RoomLinkHost() {
  useEffect(() => {
    if (!hasBridge()) return;
    return bridge().onEvent(ROOM_EVENT, (payload) => {
      // It crossed a process boundary: checked before use.
      const parsed = RoomEventMessage.safeParse(payload);
      if (!parsed.success) return;
      if (parsed.data.type === 'ballot') void answerPhoneBallot(parsed.data);
      else if (parsed.data.type === 'answers') void answerPhoneAnswers(parsed.data);
      else roomActions.applyEvent(parsed.data);
    });
  }, []);

  useEffect(() => {
    const follow = () => {
      const { link, shareResults } = useRoom.getState();
      const current = useDocument.getState().current;
      if (!link || !current || current.handle !== link.handle) return;
      const { workspace } = current;
      if (link.kind === 'checkpoint') {
        const checkpoint = workspace.checkpoints.find((c) => c.id === link.roundId);
        if (!checkpoint) return void roomActions.close('stopped');
        if (checkpoint.status === 'revealed') void roomActions.close('revealed');
        return;
      }
      if (link.kind === 'department') {
        const check = workspace.translationChecks.find((c) => c.id === link.roundId);
        const department = workspace.cascade.departments.some((d) => d.id === link.departmentId);
        if (!check || !department) void roomActions.close('stopped');
        return;
      }
      const round = current.workspace.rounds.find((r) => r.id === link.roundId);
      if (!round) return void roomActions.close('stopped');
      if (round.status !== 'revealed') return;
      const results = shareResults ? phoneResultsOf(current.workspace, round) : null;
      void roomActions.close('revealed', results ?? undefined);
    };
    const off = useDocument.subscribe((now, before) => {
      if (now.current?.workspace !== before.current?.workspace) follow();
    });
    // The workspace closes with this component: main has closed its link; the console forgets it.
    return () => {
      off();
      roomActions.reset();
    };
  }, []);

  return null;
}
