import { useEffect } from 'react';
import { IdentifyDisplay } from './IdentifyDisplay';
import { localDay } from '../../../../shared/domain/calendarDay';
import { deriveStage } from '../../../../shared/domain/stage';
import type { Workspace } from '../../../../shared/domain/workspace';
import { AUDIENCE_STATUS_EVENT } from '../../../../shared/ipc/channels';
import { AudienceStatus } from '../../../../shared/ipc/contract';
import { bridge } from '../../bridge';
import { useDocument } from '../../document';
import { presenterActions, usePresenter } from './store';
import { deckSeriesRead, onDeckSeriesRead } from '../qbr';
import { RoomLinkHost, useRoom } from '../room';

/**
 * Keeps the audience in step with the document while a workspace is open, whatever tab
 * the facilitator is on: each change of the document, the cue or black recomputes the
 * stage (deriveStage: nothing private by construction) and sends it if it changed.
 * Frozen, nothing is sent: the room keeps what it sees while the facilitator moves on.
 *
 * It listens to the stores directly rather than rendering: the stage leaves for the
 * projector the moment the document changes (a reveal), before this window redraws its
 * own, heavier, screen.
 */
/** Typing speaker notes changes nothing the room sees: no need to rebuild the stage. */
function onlyNotesDiffer(a: Workspace, b: Workspace): boolean {
  return (Object.keys(a) as Array<keyof Workspace>).every((k) => k === 'speakerNotes' || a[k] === b[k]);
}

/**
 * Builds, once, the results slide an open round would show, and throws it away: the code
 * that draws results runs for the first time here, in idle time, rather than at the
 * reveal, so the room sees the results at once. Nothing of it leaves this window.
 */
function warmUpReveal(workspace: Workspace, roundId: string): void {
  const rehearsal: Workspace = {
    ...workspace,
    rounds: workspace.rounds.map((r) =>
      r.id === roundId ? { ...r, status: 'revealed', revealedAt: new Date().toISOString() } : r,
    ),
  };
  deriveStage(rehearsal, { kind: 'round', roundId }, { date: localDay() });
}

export function StageSync() {
  useEffect(() => {
    let lastSent: string | null = null;
    const warmed = new Set<string>();
    let idle: ReturnType<typeof setTimeout> | null = null;
    const prepareReveal = (workspace: Workspace, roundId: string) => {
      const round = workspace.rounds.find((r) => r.id === roundId);
      if (!round || round.status !== 'open' || round.ballots.length === 0 || warmed.has(roundId)) return;
      warmed.add(roundId);
      // Shortly after the cue is on the projector, while the room is voting.
      idle = setTimeout(() => warmUpReveal(workspace, roundId), 300);
    };
    const sync = () => {
      const workspace = useDocument.getState().current?.workspace;
      const { cue, blank, frozen } = usePresenter.getState();
      if (!workspace || frozen) return;
      const link = useRoom.getState().link;
      const roomJoin = link
        ? { roundId: link.roundId, url: link.url, code: link.code, qrSvg: link.qrSvg }
        : undefined;
      // The trend slides compare with the series' other quarters, as the console's preview does.
      const series = deckSeriesRead(workspace);
      const stage = deriveStage(workspace, cue, {
        date: localDay(),
        blank,
        ...(roomJoin ? { roomJoin } : {}),
        ...(series ? { series } : {}),
      });
      const key = JSON.stringify(stage);
      if (key === lastSent) return;
      lastSent = key;
      void bridge()
        .stage.show({ stage })
        .then((result) => {
          if (!result.ok) presenterActions.failed(result.message);
        });
      presenterActions.sent(stage);
      if (cue.kind === 'round') prepareReveal(workspace, cue.roundId);
    };
    sync();
    const offDocument = useDocument.subscribe((now, before) => {
      const a = now.current?.workspace;
      const b = before.current?.workspace;
      if (a !== b && !(a && b && onlyNotesDiffer(a, b))) sync();
    });
    const offSeries = onDeckSeriesRead(sync);
    const offPresenter = usePresenter.subscribe((now, before) => {
      if (now.cue !== before.cue || now.blank !== before.blank || now.frozen !== before.frozen) sync();
    });
    // The room link opening or closing puts its join QR on the round's board, or takes it off.
    const offRoom = useRoom.subscribe((now, before) => {
      const a = now.link;
      const b = before.link;
      if (a?.roundId !== b?.roundId || a?.url !== b?.url || a?.code !== b?.code) sync();
    });
    return () => {
      offDocument();
      offPresenter();
      offSeries();
      offRoom();
      if (idle !== null) clearTimeout(idle);
      // The workspace closes: the projector goes black rather than keep its last slide up.
      void bridge().stage.show({ stage: { kind: 'blank' } });
    };
  }, []);

  useEffect(() => {
    void presenterActions.refreshAudience();
    return bridge().onEvent(AUDIENCE_STATUS_EVENT, (payload) => {
      const parsed = AudienceStatus.safeParse(payload);
      if (parsed.success) presenterActions.audienceChanged(parsed.data);
    });
  }, []);

  return (
    <>
      <IdentifyDisplay />
      {/* Mounted here because it too lives as long as the open workspace, whatever the tab. */}
      <RoomLinkHost />
    </>
  );
}
